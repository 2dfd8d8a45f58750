using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Manifest;

namespace JudgeEval.Engine.Audit.Rules;

/// <summary>The product and every judge must resolve in the model catalog, or their independence cannot be checked.</summary>
public sealed class UnknownModelRule : IAuditRule
{
    public static readonly DiagnosticDescriptor UnknownModel = new(
        "JE1006", "Model not in the catalog", Severity.Warning,
        "The model id does not resolve in the model catalog, so its family and lineage, and with them the judge's independence, cannot be verified.",
        "Declare it under `models:` in the manifest (id, provider, family, fineTunedFrom, distilledFrom), or map a deployment name to a catalog id under `aliases:`.")
    {
        SeverityRule = "an error when `product.purpose` is `safety`: a safety eval must show that no judge is of the product's family, and for an unknown model it cannot.",
    };

    public IReadOnlyList<DiagnosticDescriptor> Descriptors => [UnknownModel];

    public IEnumerable<Diagnostic> Check(AuditContext c)
    {
        var severity = c.Manifest.Product?.Purpose == EvalPurpose.Safety ? Severity.Error : Severity.Warning;
        var safety = severity == Severity.Error ? " In a safety eval (`purpose: safety`) this is an error." : string.Empty;
        if (c.Manifest.Product is { } product && c.Catalog.Resolve(product.Model).Entry is null)
        {
            yield return UnknownModel.Create(severity,
                $"Product model '{product.Model}' is not in the model catalog (version {c.Catalog.Version}): the judges' independence from it cannot be verified. Declare it under `models:` or map it under `aliases:`.{safety}", product.ModelAt);
        }

        foreach (var judge in c.Manifest.Judges.Where(j => c.Catalog.Resolve(j.Model).Entry is null))
        {
            yield return UnknownModel.Create(severity,
                $"Judge '{judge.Id}' model '{judge.Model}' is not in the model catalog (version {c.Catalog.Version}): its family and lineage are unknown, so its independence is unverifiable. Declare it under `models:` (provider, family, fineTunedFrom, distilledFrom) or map it under `aliases:`.{safety}", judge.ModelAt);
        }
    }
}
