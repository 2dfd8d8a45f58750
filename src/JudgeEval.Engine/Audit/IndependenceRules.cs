using JudgeEval.Engine.Catalog;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Manifest;

namespace JudgeEval.Engine.Audit;

/// <summary>Judges against the product model's family and lineage, ensemble members against each other, providers, unknown models.</summary>
public static class IndependenceRules
{
    public static IEnumerable<Diagnostic> Check(AuditContext c)
    {
        var m = c.Manifest;
        if (m.Product is { } product)
        {
            if (c.Catalog.Resolve(product.Model).Entry is null)
            {
                yield return AuditDiagnostics.UnknownModel.Create(
                    $"Product model '{product.Model}' is not in the model catalog (version {c.Catalog.Version}): the judges' independence from it cannot be verified. Declare it under `models:` or map it under `aliases:`.", product.ModelAt);
            }

            foreach (var judge in m.Judges)
            {
                if (Against(judge, product, c.Catalog) is { } finding)
                {
                    yield return finding;
                }
            }
        }

        foreach (var judge in m.Judges.Where(j => c.Catalog.Resolve(j.Model).Entry is null))
        {
            yield return AuditDiagnostics.UnknownModel.Create(
                $"Judge '{judge.Id}' model '{judge.Model}' is not in the model catalog (version {c.Catalog.Version}): its family and lineage are unknown, so its independence is unverifiable. Declare it under `models:` (provider, family, fineTunedFrom, distilledFrom) or map it under `aliases:`.", judge.ModelAt);
        }

        foreach (var ensemble in m.Ensembles)
        {
            var models = ensemble.Members.Select(id => c.Judge(id).Model).ToList();
            var effective = c.Catalog.CountIndependentClusters(models);
            if (effective < models.Count)
            {
                yield return AuditDiagnostics.EnsembleNotIndependent.Create(
                    $"Ensemble '{ensemble.Id}' has {models.Count} members but only {effective} independent ones: {RelatedPairs(ensemble, c)}.", ensemble.MembersAt);
            }
        }

        var providers = m.Judges.Select(j => c.Catalog.Resolve(j.Model).Entry?.Provider).ToList();
        if (m.Judges.Count > 1 && providers.All(p => p is not null) && providers.Distinct(StringComparer.Ordinal).Count() == 1)
        {
            yield return AuditDiagnostics.SingleProvider.Create(
                $"All {m.Judges.Count} judges come from one provider ({providers[0]}): their alignment and training data overlap.", m.Judges[0].At);
        }
    }

    static Diagnostic? Against(JudgeSpec judge, ProductSpec product, ModelCatalog catalog)
    {
        var relation = catalog.Relate(judge.Model, product.Model);
        var safety = product.Purpose == EvalPurpose.Safety;
        return relation.Kind switch
        {
            RelationKind.SameModel => AuditDiagnostics.JudgeIsProduct.Create(
                $"Judge '{judge.Id}' ({judge.Model}) is the product model ({product.Model}) itself: {relation.Explanation}.", judge.ModelAt),
            RelationKind.SameFamily => AuditDiagnostics.SameFamilyAsProduct.Create(
                safety ? Severity.Error : Severity.Warning,
                $"Judge '{judge.Id}' ({judge.Model}) is in the product's family ({product.Model}): {relation.Explanation}.{(safety ? " A safety eval must never use a judge of the product's family." : "")}", judge.ModelAt),
            RelationKind.Lineage => AuditDiagnostics.SharedLineage.Create(
                safety ? Severity.Error : Severity.Warning,
                $"Judge '{judge.Id}' ({judge.Model}) shares lineage with the product ({product.Model}): {relation.Explanation}.", judge.ModelAt),
            _ => null,
        };
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
                    pairs.Add($"{ensemble.Members[a]} and {ensemble.Members[b]} ({Analysis.IndependenceAnalyzer.Name(relation.Kind)})");
                }
            }
        }

        return string.Join(", ", pairs);
    }
}
