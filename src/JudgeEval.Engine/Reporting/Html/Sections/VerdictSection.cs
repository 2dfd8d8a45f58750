using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Reporting.Html.Sections;

/// <summary>The top of the report: pass, fail, inconclusive or unusable, and the findings that decided it.</summary>
public static class VerdictSection
{
    const int PerCode = 10;

    public static void Write(HtmlBuilder h, ReportContext ctx)
    {
        var r = ctx.Results;
        var (cls, symbol, words) = r.Verdict.Outcome switch
        {
            VerdictOutcome.Pass => ("pass", "✔", "Pass"),
            VerdictOutcome.Fail => ("fail", "✖", "Fail"),
            VerdictOutcome.Unusable => ("unusable", "✖", "Unusable"),
            _ => ("inconclusive", "?", "Inconclusive"),
        };
        h.Append($"<section id=\"{SectionIds.Verdict}\" class=\"verdict {cls}\" aria-labelledby=\"verdict-h\">");
        h.Append($"<h2 id=\"verdict-h\">Verdict</h2>");
        h.Append($"<p class=\"outcome\" data-outcome=\"{cls}\"><span class=\"sym\" aria-hidden=\"true\">{symbol}</span>{words}</p>");
        h.Append($"<p>{Numbers.Count(r.Verdict.Errors)} error(s), {Numbers.Count(r.Verdict.Warnings)} warning(s), {Numbers.Count(r.Findings.Count)} finding(s) in all. {Explain(r.Verdict.Outcome)}</p>");
        if (r.Verdict.DecidedBy.Count > 0)
        {
            h.Append($"<p>Decided by:</p><ul class=\"decided\">");
            foreach (var code in r.Verdict.DecidedBy)
            {
                var matching = r.Findings.Where(f => string.Equals(f.Code, code, StringComparison.Ordinal)).ToList();
                if (matching.Count == 0)
                {
                    h.Append($"<li class=\"decider\"><span class=\"mono\">{code}</span> <a href=\"#{SectionIds.ForCode(code)}\">{SectionIds.TitleOf(SectionIds.ForCode(code))}</a></li>");
                    continue;
                }

                foreach (var f in matching.Take(PerCode))
                {
                    h.Append($"<li class=\"decider\">{FindingLine.Severity(f)} {FindingLine.Code(f)} {f.Message} — {FindingLine.Location(f, ctx.Options)} · see {FindingLine.SectionLink(f)}</li>");
                }

                if (matching.Count > PerCode)
                {
                    h.Append($"<li class=\"muted\">and {Numbers.Count(matching.Count - PerCode)} more {code} finding(s) in <a href=\"#{SectionIds.Findings}\">All findings</a></li>");
                }
            }

            h.Append($"</ul>");
        }

        h.Append($"</section>");
    }

    static string Explain(VerdictOutcome outcome) => outcome switch
    {
        VerdictOutcome.Fail => "An error-level finding fails the gate.",
        VerdictOutcome.Inconclusive => "A gate could not decide (a confidence interval straddles its threshold, or live judging did not get every verdict): the build fails (JE5005) unless thresholds.allowInconclusive is true, and always for a safety eval.",
        VerdictOutcome.Unusable => "The input could not be used, so nothing was measured and the build fails (exit code 2). The errors below say what to fix.",
        _ => "No error-level finding, and every gate was decided.",
    };
}
