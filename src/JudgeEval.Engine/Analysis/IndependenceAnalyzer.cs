using JudgeEval.Engine.Catalog;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Analysis;

/// <summary>Each judge's relation to the product model, the providers behind the panel, and how many judges are really independent.</summary>
public static class IndependenceAnalyzer
{
    public static Independence Analyze(EvalManifest manifest, ModelCatalog catalog)
    {
        var product = manifest.Product?.Model;
        var relations = manifest.Judges
            .Select(j => product is null
                ? new JudgeRelation(j.Id, ProductRelation.NoProduct, "The manifest names no product model, so the judges' independence from it is not audited.")
                : Describe(j.Id, catalog.Relate(j.Model, product)))
            .ToList();
        var providers = manifest.Judges
            .Select(j => catalog.Resolve(j.Model).Entry?.Provider)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new Independence
        {
            Judges = relations,
            Providers = providers,
            EffectiveIndependentJudges = catalog.CountIndependentClusters([.. manifest.Judges.Select(j => j.Model)]),
        };
    }

    static JudgeRelation Describe(string judgeId, ModelRelation relation) => new(judgeId, Of(relation.Kind), relation.Explanation);

    public static ProductRelation Of(RelationKind kind) => kind switch
    {
        RelationKind.SameModel => ProductRelation.SameModel,
        RelationKind.SameFamily => ProductRelation.SameFamily,
        RelationKind.Lineage => ProductRelation.SharedLineage,
        RelationKind.Unknown => ProductRelation.Unknown,
        _ => ProductRelation.Independent,
    };
}
