using JudgeEval.Engine.Catalog;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Manifest;

namespace JudgeEval.Engine.Audit.Rules;

/// <summary>Each judge against the product model: the model itself, its family, or a fine-tuning/distillation path to it.</summary>
public sealed class ProductRelationRule : IAuditRule
{
    public static readonly DiagnosticDescriptor SameFamilyAsProduct = new(
        "JE1001", "Judge from the product's family", Severity.Warning,
        "The judge belongs to the same model family as the product it grades. Families score their own outputs higher (self-preference), so the judge inflates the product's score. For a safety eval (`product.purpose: safety`) this is an error.",
        "Replace the judge with one from another family and provider, or add such judges to an ensemble and gate on the ensemble.")
    {
        SeverityRule = "an error when `product.purpose` is `safety` (a safety eval must never use a judge of the product's family).",
    };

    public static readonly DiagnosticDescriptor JudgeIsProduct = new(
        "JE1002", "Judge is the product model", Severity.Error,
        "The judge is the very model whose outputs it grades: its verdicts are not an independent measurement.",
        "Use a judge from a different family and provider.");

    public static readonly DiagnosticDescriptor SharedLineage = new(
        "JE1003", "Judge shares lineage with the product", Severity.Warning,
        "The judge and the product are connected by fine-tuning or distillation (in either direction, possibly through several models): they share training signal and blind spots even when their families differ.",
        "Pick a judge with no lineage path to the product (`judgeeval models <id>` shows a model's lineage).")
    {
        SeverityRule = "an error when `product.purpose` is `safety`.",
    };

    public IReadOnlyList<DiagnosticDescriptor> Descriptors => [SameFamilyAsProduct, JudgeIsProduct, SharedLineage];

    public IEnumerable<Diagnostic> Check(AuditContext c) =>
        c.Manifest.Product is { } product
            ? c.Manifest.Judges.Select(judge => Against(judge, product, c.Catalog)).OfType<Diagnostic>()
            : [];

    static Diagnostic? Against(JudgeSpec judge, ProductSpec product, ModelCatalog catalog)
    {
        var relation = catalog.Relate(judge.Model, product.Model);
        var safety = product.Purpose == EvalPurpose.Safety;
        return relation.Kind switch
        {
            RelationKind.SameModel => JudgeIsProduct.Create(
                $"Judge '{judge.Id}' ({judge.Model}) is the product model ({product.Model}) itself: {relation.Explanation}.", judge.ModelAt),
            RelationKind.SameFamily => SameFamilyAsProduct.Create(
                safety ? Severity.Error : Severity.Warning,
                $"Judge '{judge.Id}' ({judge.Model}) is in the product's family ({product.Model}): {relation.Explanation}.{(safety ? " A safety eval must never use a judge of the product's family." : "")}", judge.ModelAt),
            RelationKind.Lineage => SharedLineage.Create(
                safety ? Severity.Error : Severity.Warning,
                $"Judge '{judge.Id}' ({judge.Model}) shares lineage with the product ({product.Model}): {relation.Explanation}.", judge.ModelAt),
            _ => null,
        };
    }
}
