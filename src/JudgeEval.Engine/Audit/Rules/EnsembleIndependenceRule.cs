using JudgeEval.Engine.Analysis;
using JudgeEval.Engine.Catalog;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Audit.Rules;

/// <summary>An ensemble's members must be independent of each other: related members vote together.</summary>
public sealed class EnsembleIndependenceRule : IAuditRule
{
    public static readonly DiagnosticDescriptor EnsembleNotIndependent = new(
        "JE1004", "Ensemble members are not independent", Severity.Warning,
        "Some ensemble members share a family or lineage, so the ensemble has fewer independent votes than members and their shared biases do not cancel.",
        "Replace related members with judges from other families and providers (three providers approach human inter-rater reliability).");

    public IReadOnlyList<DiagnosticDescriptor> Descriptors => [EnsembleNotIndependent];

    public IEnumerable<Diagnostic> Check(AuditContext c)
    {
        foreach (var ensemble in c.Manifest.Ensembles)
        {
            var models = ensemble.Members.Select(id => c.Judge(id).Model).ToList();
            var effective = c.Catalog.CountIndependentClusters(models);
            if (effective < models.Count)
            {
                yield return EnsembleNotIndependent.Create(
                    $"Ensemble '{ensemble.Id}' has {models.Count} members but only {effective} independent ones: {RelatedPairs(ensemble, c)}.", ensemble.MembersAt);
            }
        }
    }

    static string RelatedPairs(EnsembleSpec ensemble, AuditContext c)
    {
        var pairs = new List<string>();
        for (var a = 0; a < ensemble.Members.Count; a++)
        {
            for (var b = a + 1; b < ensemble.Members.Count; b++)
            {
                var relation = c.Catalog.Relate(c.Judge(ensemble.Members[a]).Model, c.Judge(ensemble.Members[b]).Model);
                if (relation.Kind is RelationKind.SameModel or RelationKind.SameFamily or RelationKind.Lineage)
                {
                    pairs.Add($"{ensemble.Members[a]} and {ensemble.Members[b]} ({EnumNames.Of(IndependenceAnalyzer.Of(relation.Kind))})");
                }
            }
        }

        return string.Join(", ", pairs);
    }
}
