using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Audit.Rules;

/// <summary>A panel from one provider shares alignment and training data across every judge.</summary>
public sealed class SingleProviderRule : IAuditRule
{
    public static readonly DiagnosticDescriptor SingleProvider = new(
        "JE1005", "All judges from one provider", Severity.Warning,
        "Every judge comes from the same provider, so alignment and training data overlap across the whole panel.",
        "Add at least one judge from another provider.");

    public IReadOnlyList<DiagnosticDescriptor> Descriptors => [SingleProvider];

    public IEnumerable<Diagnostic> Check(AuditContext c)
    {
        var judges = c.Manifest.Judges;
        var providers = judges.Select(j => c.Catalog.Resolve(j.Model).Entry?.Provider).ToList();
        if (judges.Count > 1 && providers.All(p => p is not null) && providers.Distinct(StringComparer.Ordinal).Count() == 1)
        {
            yield return SingleProvider.Create(
                $"All {judges.Count} judges come from one provider ({providers[0]}): their alignment and training data overlap.", judges[0].At);
        }
    }
}
