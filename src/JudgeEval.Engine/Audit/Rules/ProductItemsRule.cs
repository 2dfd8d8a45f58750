using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Audit.Rules;

/// <summary>The product score counts the product's own items; when none of the items is the product's, it measures nothing.</summary>
public sealed class ProductItemsRule : IAuditRule
{
    public static readonly DiagnosticDescriptor NoProductItems = new(
        "JE2018", "No item was produced by the product", Severity.Warning,
        "The items name their producers, and the product score counts only the product's own items (`productScore.producers`, else `product.model`), but no item's producer matches, so the product's pass rate is undefined.",
        "List the ids the items use for the product under `productScore.producers`, or map them to the product model under `aliases:`.");

    public IReadOnlyList<DiagnosticDescriptor> Descriptors => [NoProductItems];

    public IEnumerable<Diagnostic> Check(AuditContext c)
    {
        if (c.Results.ProductScore.FirstOrDefault() is { Producers.Count: > 0, Items: 0 } score)
        {
            var at = c.Manifest.ProductScore?.At ?? c.Manifest.Product?.ModelAt ?? c.Manifest.At;
            yield return NoProductItems.Create(
                $"No item was produced by {string.Join(", ", score.Producers.Select(p => $"'{p}'"))}, so the product's pass rate counts no item. Name the product as the items' `model` field writes it under `productScore.producers`.",
                at);
        }
    }
}
