using JudgeEval.Engine.Reporting.Html.Charts;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Reporting.Html.Sections;

/// <summary>The run history: each judge's kappa against humans over the recorded runs, and the runs themselves.</summary>
public static class HistorySection
{
    public const int JudgeLimit = 24;

    public const int RunRows = 20;

    public static void Write(HtmlBuilder h, ReportContext ctx)
    {
        var history = ctx.Results.History;
        h.Append($"<section id=\"{SectionIds.History}\" aria-labelledby=\"history-h\"><h2 id=\"history-h\">{SectionIds.TitleOf(SectionIds.History)}</h2>");
        if (history is null)
        {
            h.Append($"<p>No run history: the manifest keeps none. With <span class=\"mono\">history: {{ path: .judgeeval/history.jsonl }}</span> each run appends a record, this section draws each judge's kappa over the runs, and a drop beyond the previous run's interval is reported (JE2050).</p></section>");
            return;
        }

        var runs = history.Runs;
        var all = history.Earlier + 1;
        var shown = runs.Count < all ? $"the last {Numbers.Count(runs.Count)} of {Numbers.Count(all)} runs" : $"{Numbers.Count(runs.Count)} {(runs.Count == 1 ? "run" : "runs")}";
        h.Append($"<p>From <span class=\"mono\">{history.Path}</span>: {shown}, this one last. Each chart is a judge's kappa against the human labels (the line) with its 95% interval (the band), runs evenly spaced oldest to newest, with {ctx.KappaReferenceText}. A kappa whose interval lies wholly below the previous run's is a drop (JE2050).</p>");
        if (runs.Count < 2)
        {
            h.Append($"<p>This is the first recorded run: the trend starts with the next one.</p>");
        }
        else
        {
            WriteCharts(h, ctx, runs);
        }

        WriteRuns(h, runs);
        h.Append($"</section>");
    }

    static void WriteCharts(HtmlBuilder h, ReportContext ctx, List<HistoryRun> runs)
    {
        var judges = ctx.Results.Judges;
        h.Append($"<div class=\"trends\">");
        foreach (var judge in judges.Take(JudgeLimit))
        {
            var points = runs.Select(run => (run, run.Judge(judge.Id))).ToList();
            h.Append($"<figure class=\"trend\">{TrendChart.Render(judge.Id, points, ctx.KappaReferences, ctx.Families.ColourClass(Families.NameOf(judge)))}<figcaption>{judge.Id}</figcaption></figure>");
        }

        h.Append($"</div>");
        if (judges.Count > JudgeLimit)
        {
            h.Append($"<p>Showing {JudgeLimit} of {Numbers.Count(judges.Count)} judges; every run's figures are in the history file.</p>");
        }
    }

    static void WriteRuns(HtmlBuilder h, List<HistoryRun> runs)
    {
        var newest = runs.AsEnumerable().Reverse().Take(RunRows).ToList();
        h.Append($"<div class=\"scroll\"><table class=\"runs\"><caption>Recorded runs, newest first{(runs.Count > RunRows ? " (the last " + RunRows + ")" : string.Empty)}</caption><thead><tr><th scope=\"col\">Date (UTC)</th><th scope=\"col\">Commit</th><th scope=\"col\">Branch</th><th scope=\"col\">Tool</th><th scope=\"col\">Catalog</th><th scope=\"col\">Verdict</th></tr></thead><tbody>");
        foreach (var run in newest)
        {
            h.Append($"<tr><td>{TrendChart.Day(run)}</td><td class=\"mono\">{(run.Commit is { Length: >= 7 } c ? c[..7] : run.Commit ?? Numbers.Undefined)}</td><td>{run.Branch ?? Numbers.Undefined}</td><td>{run.Tool}</td><td>{run.Catalog ?? Numbers.Undefined}</td><td>{EnumNames.Of(run.Verdict)}</td></tr>");
        }

        h.Append($"</tbody></table></div>");
    }
}
