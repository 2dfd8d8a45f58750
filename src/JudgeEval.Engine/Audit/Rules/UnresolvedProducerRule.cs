using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Audit.Rules;

/// <summary>
/// Producers the model catalog does not know are neither "own" nor "other" for any judge: their items are left out of
/// self-preference (and a slice's split), which is said here, once, at the items source.
/// </summary>
public sealed class UnresolvedProducerRule : IAuditRule
{
    public static readonly DiagnosticDescriptor Unresolved = new(
        "JE2017", "Producer not in the model catalog", Severity.Warning,
        "Items name producing models (`model`, `modelB`) that the model catalog cannot resolve, such as a study's own shorthand or a base checkpoint. Their family is unknown, so their items are left out of the self-preference audit rather than counted as another family's.",
        "Map each id to a catalog model under `aliases:` (e.g. `aliases: { M11: bart-large-cnn }`), or declare it under `models:` with its family and lineage; `judgeeval models <id>` shows the nearest catalog ids.");

    /// <summary>Producers named in the message before the rest are counted.</summary>
    const int Listed = 10;

    public IReadOnlyList<DiagnosticDescriptor> Descriptors => [Unresolved];

    public IEnumerable<Diagnostic> Check(AuditContext c)
    {
        // Only a run that can measure self-preference (labels, a judge of known family) loses anything by them.
        var unresolved = c.Results.Items.UnresolvedProducers;
        if (unresolved.Count == 0 || !c.HasHumanLabels || !c.Results.Judges.Exists(j => j.Family is not null))
        {
            yield break;
        }

        var sorted = unresolved.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        var listed = string.Join(", ", sorted.Take(Listed).Select(p => $"'{p.Key}' ({p.Value} item{(p.Value == 1 ? string.Empty : "s")})"));
        var more = sorted.Count > Listed ? $" and {sorted.Count - Listed} more" : string.Empty;
        var first = sorted[0].Key;
        var nearest = c.Catalog.Nearest(first, 2);
        var example = nearest.Count > 0 ? nearest[0] : "<catalog id>";
        var hint = nearest.Count > 0 ? $" (nearest catalog ids to '{first}': {string.Join(", ", nearest)})" : string.Empty;
        yield return Unresolved.Create(
            $"{sorted.Count} producer{(sorted.Count == 1 ? string.Empty : "s")} of the items {(sorted.Count == 1 ? "is" : "are")} not in the model catalog ({c.Catalog.Version}): {listed}{more}. Their items are left out of self-preference. To fix, add a line such as `aliases: {{ {first}: {example} }}`{hint}, or a `models:` entry `{{ id: {first}, family: ... }}`.",
            c.Manifest.ItemsAt);
    }
}
