using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Catalog;

/// <summary>Problems with the manifest's model catalog overrides (`models:`, `aliases:`) and unknown model ids (JE0040-JE0049).</summary>
public static class CatalogDiagnostics
{
    public static readonly DiagnosticDescriptor UnknownLineageTarget = new(
        "JE0040", "Unknown lineage target", Severity.Error,
        "A `fineTunedFrom` or `distilledFrom` entry under `models:` names a model that is neither in the built-in catalog nor added by the manifest, so the lineage edge cannot be followed.",
        "Use a catalog id (`judgeeval models` lists them; the message names the nearest ones), or add the source model under `models:` with its provider and family.");

    public static readonly DiagnosticDescriptor LineageCycle = new(
        "JE0041", "Lineage cycle", Severity.Error,
        "The `fineTunedFrom`/`distilledFrom` edges under `models:` lead from a model back to itself. A model cannot be derived from its own descendant; the edge that closes the cycle is ignored.",
        "Remove the edge that points from the older model to the newer one; the message lists the cycle.");

    public static readonly DiagnosticDescriptor AliasClash = new(
        "JE0042", "Alias clash", Severity.Error,
        "A model id or alias under `models:` is already a name of a different catalog model (ids and aliases compare ignoring case and separators), so resolving it would be ambiguous.",
        "Pick another alias, or override the existing model by its canonical id (the message names it).");

    public static readonly DiagnosticDescriptor BadModelEntry = new(
        "JE0043", "Bad model entry", Severity.Error,
        "An entry under `models:` or `aliases:` is unusable: an empty or malformed id, a new model without `provider` and `family`, or the same id listed twice.",
        "Give each entry a lowercase id of letters, digits and `.-_:/@+`; new models need `provider` and `family`; list each id once.");

    public static readonly DiagnosticDescriptor UnknownAliasTarget = new(
        "JE0044", "Unknown alias target", Severity.Error,
        "An entry under `aliases:` maps a name to a model that is not in the catalog, so the alias cannot be used.",
        "Map the name to a catalog id (`judgeeval models` lists them; the message names the nearest ones), or add the model under `models:`.");

    public static readonly DiagnosticDescriptor AliasShadowsCatalogName = new(
        "JE0045", "Alias shadows a catalog name", Severity.Warning,
        "An entry under `aliases:` maps a name that the catalog already resolves to a different model. The manifest's mapping wins, which is right for a deployment named after another model but surprising otherwise.",
        "Rename the deployment alias, or remove it if the catalog's meaning was intended.");

    public static readonly DiagnosticDescriptor UnknownModel = new(
        "JE0046", "Unknown model", Severity.Warning,
        "A model id does not resolve in the catalog, so its provider, family and lineage are unknown and independence checks cannot relate it to other models.",
        "Use a catalog id or a form the resolver understands (router, Bedrock, Vertex or dated ids), map a deployment name under `aliases:`, or add the model under `models:`.");
}
