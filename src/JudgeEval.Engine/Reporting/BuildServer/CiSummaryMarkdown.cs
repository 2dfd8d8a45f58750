using System.Globalization;
using System.Net;
using System.Text;
using JudgeEval.Engine.Workspace;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Reporting.Html;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Reporting.BuildServer;

/// <summary>
/// The job summary (GitHub's $GITHUB_STEP_SUMMARY, Azure's uploaded summary) in Markdown: the verdict, one row per judge
/// (kappa with its interval, coverage, the gates it failed), the findings grouped by code, and where the report is.
/// Every data-derived string goes through <see cref="MarkdownText"/>; lists are capped to stay far below GitHub's 1 MiB.
/// </summary>
public static class CiSummaryMarkdown
{
    public const int MessagesPerCode = 20;

    public const int JudgeRows = 100;

    public static string Render(CiSummary s)
    {
        var md = new StringBuilder();
        Heading(md, s);
        if (s.Results is { } results)
        {
            Judges(md, s, results);
        }

        Findings(md, s.Diagnostics, s.Repository);
        Outputs(md, s);
        return md.ToString();
    }

    static void Heading(StringBuilder md, CiSummary s)
    {
        var manifest = Shown(s, s.ManifestPath);
        if (s.Results is not { } r)
        {
            md.Append("## ⛔ JudgeEval: unusable input\n\n").Append(manifest)
              .Append(": the run could not use its input, so nothing was measured. The errors below say where.\n\n");
            return;
        }

        var icon = r.Verdict.Outcome switch
        {
            VerdictOutcome.Pass => "✅",
            VerdictOutcome.Fail => "❌",
            _ => "⚠️",
        };
        md.Append("## ").Append(icon).Append(" JudgeEval: ").Append(EnumNames.Of(r.Verdict.Outcome));
        if (r.Manifest.Name is { Length: > 0 } name)
        {
            md.Append(" · ").Append(MarkdownText.Escape(name));
        }

        md.Append("\n\n").Append(manifest).Append(" · ").Append(Plural(r.Verdict.Errors, "error")).Append(", ").Append(Plural(r.Verdict.Warnings, "warning"))
          .Append(" · ").Append(Plural(r.Judges.Count, "judge")).Append(" on ").Append(Plural(r.Items.Total, "item"))
          .Append(", ").Append(Numbers.Count(r.Items.WithHumanLabel)).Append(" with a human label");
        if (r.Verdict.DecidedBy.Count > 0)
        {
            md.Append(" · decided by ").Append(string.Join(", ", r.Verdict.DecidedBy.Select(MarkdownText.Escape)));
        }

        md.Append("\n\n");
    }

    static void Judges(StringBuilder md, CiSummary s, EvalResults r)
    {
        if (r.Judges.Count == 0)
        {
            return;
        }

        md.Append("| Judge | Model | κ vs humans | 95% CI | n | Coverage | Gates |\n|:--|:--|--:|:--|--:|--:|:--|\n");
        foreach (var judge in r.Judges.Take(JudgeRows))
        {
            var vs = judge.VsHuman;
            md.Append("| ").Append(MarkdownText.Escape(judge.Id))
              .Append(" | ").Append(MarkdownText.Escape(judge.ResolvedModel ?? judge.Model))
              .Append(" | ").Append(Numbers.Fixed(vs?.Kappa, 3))
              .Append(" | ").Append(Numbers.Interval(vs?.KappaCi95, 3))
              .Append(" | ").Append(vs is null ? Numbers.Undefined : Numbers.Count(vs.N))
              .Append(" | ").Append(Numbers.Percent(judge.Coverage))
              .Append(" | ").Append(Gates(s, judge.Id)).Append(" |\n");
        }

        if (r.Judges.Count > JudgeRows)
        {
            md.Append("\nShowing ").Append(JudgeRows).Append(" of ").Append(Numbers.Count(r.Judges.Count)).Append(" judges; the report lists all.\n");
        }

        md.Append('\n');
    }

    /// <summary>The error and warning codes located at the judge's manifest entry: the gates it did not pass.</summary>
    static string Gates(CiSummary s, string judgeId)
    {
        if (!s.JudgeLocations.TryGetValue(judgeId, out var at))
        {
            return Numbers.Undefined;
        }

        var here = s.Diagnostics.Where(d => d.Location == at && d.Severity != Severity.Info).ToList();
        var marks = here.Where(d => d.Severity == Severity.Error).Select(d => "❌ " + d.Code)
            .Concat(here.Where(d => d.Severity == Severity.Warning).Select(d => "⚠️ " + d.Code))
            .Distinct(StringComparer.Ordinal).ToList();
        return marks.Count == 0 ? "✅ pass" : string.Join(" ", marks);
    }

    static void Findings(StringBuilder md, IReadOnlyList<Diagnostic> diagnostics, RepositoryContext repository)
    {
        if (diagnostics.Count == 0)
        {
            md.Append("No findings.\n\n");
            return;
        }

        md.Append("### Findings\n\n");
        var groups = diagnostics.GroupBy(d => d.Code, StringComparer.Ordinal)
            .OrderBy(g => g.Min(d => Rank(d.Severity))).ThenBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var severity = group.Min(d => Rank(d.Severity));
            var title = DiagnosticCatalog.Find(group.Key)?.Title ?? group.Key;
            md.Append(severity == 0 ? "<details open>" : "<details>").Append("<summary>").Append(severity switch { 0 => "❌", 1 => "⚠️", _ => "ℹ️" })
              .Append(' ').Append(WebUtility.HtmlEncode(group.Key)).Append(' ').Append(WebUtility.HtmlEncode(title))
              .Append(" (").Append(group.Count()).Append(")</summary>\n\n");
            foreach (var d in group.Take(MessagesPerCode))
            {
                md.Append("- ");
                if (d.Location is { } at)
                {
                    md.Append(MarkdownText.Escape(repository.Relative(at.File) ?? at.File)).Append(at.Line >= 1 ? ":" + at.Line.ToString(CultureInfo.InvariantCulture) : string.Empty).Append(": ");
                }

                md.Append(MarkdownText.Escape(d.Message)).Append('\n');
            }

            if (group.Count() > MessagesPerCode)
            {
                md.Append("- … and ").Append(group.Count() - MessagesPerCode).Append(" more: see the report\n");
            }

            md.Append("\n</details>\n\n");
        }
    }

    static void Outputs(StringBuilder md, CiSummary s)
    {
        if (s.ReportPath is { } report)
        {
            md.Append("**Report:** ").Append(Shown(s, report)).Append(" · ");
        }

        md.Append("**SARIF:** ").Append(Shown(s, s.SarifPath));
        if (s.RunUrl is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
        {
            md.Append(" · [this run's artifacts](").Append(uri.AbsoluteUri.Replace(")", "%29", StringComparison.Ordinal)).Append(')');
        }

        md.Append('\n');
    }

    static string Shown(CiSummary s, string file) => MarkdownText.Escape(s.Repository.Relative(file) ?? Path.GetFullPath(file));

    static int Rank(Severity severity) => severity switch
    {
        Severity.Error => 0,
        Severity.Warning => 1,
        _ => 2,
    };

    static string Plural(int n, string noun) => Numbers.Count(n) + " " + noun + (n == 1 ? string.Empty : "s");
}
