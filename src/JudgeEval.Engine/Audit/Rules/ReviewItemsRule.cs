using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Audit.Rules;

/// <summary>Disagreement between judges marks the items most worth a person's time.</summary>
public sealed class ReviewItemsRule : IAuditRule
{
    public static readonly DiagnosticDescriptor ReviewItems = new(
        "JE4002", "Items for human review", Severity.Info,
        "The judges disagree on some items; the ones with the most disagreement are listed in results.json and the report, with each judge's verdict.",
        "Have a human review the listed items (`judgeeval label <manifest> --annotator NAME` serves exactly these, blind); disagreement often marks ambiguous rubric cases.");

    public IReadOnlyList<DiagnosticDescriptor> Descriptors => [ReviewItems];

    public IEnumerable<Diagnostic> Check(AuditContext c)
    {
        var candidates = c.Results.ReviewCandidates;
        if (candidates > 0)
        {
            var review = c.Manifest.Review;
            yield return ReviewItems.Create(
                $"The judges disagree on {candidates} items; the {Math.Min(candidates, review.Top)} with the most disagreement are listed for human review in results.json and the report.", review.At);
        }
    }
}
