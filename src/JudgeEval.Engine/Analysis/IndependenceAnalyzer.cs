using JudgeEval.Engine.Catalog;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Reporting.Results;

namespace JudgeEval.Engine.Analysis;

/// <summary>Each judge's relation to the product model, the providers behind the panel, and how many judges are really independent.</summary>
public static class IndependenceAnalyzer
{
    public static Independence Analyze(EvalManifest manifest, ModelCatalog catalog)
    {
        var product = manifest.Product?.Model;
        var relations = manifest.Judges
            .Select(j => product is null
                ? new JudgeRelation(j.Id, "no product model", "The manifest names no product model, so the judges' independence from it is not audited.")
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

    static JudgeRelation Describe(string judgeId, ModelRelation relation) => new(judgeId, Name(relation.Kind), relation.Explanation);

    public static string Name(RelationKind kind) => kind switch
    {
        RelationKind.SameModel => "same model",
        RelationKind.SameFamily => "same family",
        RelationKind.Lineage => "shared lineage",
        RelationKind.Unknown => "unknown",
        _ => "independent",
    };
}
