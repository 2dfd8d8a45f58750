using System.Globalization;
using JudgeEval.Engine.Diagnostics;
using static JudgeEval.Engine.Audit.Text;

namespace JudgeEval.Engine.Audit.Rules;

/// <summary>
/// Against the run history: a judge whose kappa interval now lies wholly below its interval in the latest earlier run
/// that measured it has dropped beyond what resampling explains. Overlapping intervals are not a finding.
/// </summary>
public sealed class HistoryDropRule : IAuditRule
{
    public static readonly DiagnosticDescriptor DroppedSinceLastRun = new(
        "JE2050", "Agreement dropped since the last recorded run", Severity.Warning,
        "The judge's kappa against the human labels has fallen since the latest run in the history file that measured it, and the two 95% intervals no longer overlap: the drop is larger than sampling noise.",
        "Find what changed since that run (the judge model or its version, the prompt, the labels, the data) before trusting the scores; the report's \"Agreement over time\" section shows the trend.");

    public IReadOnlyList<DiagnosticDescriptor> Descriptors => [DroppedSinceLastRun];

    public IEnumerable<Diagnostic> Check(AuditContext c)
    {
        foreach (var judge in c.HasHumanLabels ? c.Results.Judges : [])
        {
            if (judge.VsHuman is not { KappaCi95.IsDefined: true } now)
            {
                continue;
            }

            var before = c.History.Select(run => (Run: run, Judge: run.Judge(judge.Id))).LastOrDefault(p => p.Judge is { KappaCi95.IsDefined: true });
            if (before.Judge is { } was && now.KappaCi95.Upper < was.KappaCi95.Lower)
            {
                var when = before.Run.Date.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) + (before.Run.Commit is { Length: >= 7 } commit ? ", commit " + commit[..7] : "");
                yield return DroppedSinceLastRun.Create(
                    $"Judge '{judge.Id}' kappa fell from {F(was.Kappa)} ({Ci(was.KappaCi95)}) in the run of {when} to {F(now.Kappa)} ({Ci(now.KappaCi95)}); the intervals no longer overlap.",
                    c.Judge(judge.Id).At);
            }
        }
    }
}
