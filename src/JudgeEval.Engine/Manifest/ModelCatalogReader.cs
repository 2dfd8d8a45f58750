using YamlDotNet.RepresentationModel;

namespace JudgeEval.Engine.Manifest;

/// <summary>Reads `models:` (catalog additions and overrides) and `aliases:` (deployment names -> catalog ids).</summary>
internal static class ModelCatalogReader
{
    static readonly string[] Keys = ["id", "provider", "family", "fineTunedFrom", "distilledFrom", "aliases"];

    public static IReadOnlyList<ModelOverrideSpec> ReadModels(Section top)
    {
        var list = top.List("models");
        if (list is null)
        {
            return [];
        }

        var ids = new IdRegistry(top.Context, "model");
        return [.. list.Children.Select((n, i) => ReadModel(top.Context, n, $"models[{i}]", ids)).OfType<ModelOverrideSpec>()];
    }

    public static IReadOnlyDictionary<string, string> ReadAliases(Section top)
    {
        var cx = top.Context;
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        var node = top.Value("aliases");
        if (node is null)
        {
            return aliases;
        }

        if (node is not YamlMappingNode mapping)
        {
            cx.Report(ManifestDiagnostics.WrongType, $"aliases must map deployment names to catalog ids, not {Scalars.Describe(node)}.", node);
            return aliases;
        }

        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (Scalars.Text(cx, keyNode, "aliases key") is { } alias && Scalars.Text(cx, valueNode, $"aliases.{alias}") is { } target)
            {
                aliases[alias] = target;
            }
        }

        return aliases;
    }

    static ModelOverrideSpec? ReadModel(ManifestContext cx, YamlNode node, string where, IdRegistry ids)
    {
        var s = Section.Open(cx, node, where, Keys);
        if (s is null)
        {
            return null;
        }

        var id = ids.Claim(s, "model", strictCharacters: false);
        var model = new ModelOverrideSpec
        {
            Id = id ?? string.Empty,
            Provider = s.Text("provider"),
            Family = s.Text("family"),
            FineTunedFrom = s.TextList("fineTunedFrom"),
            DistilledFrom = s.TextList("distilledFrom"),
            Aliases = s.TextList("aliases"),
            At = s.At,
        };
        return id is null ? null : model;
    }
}
