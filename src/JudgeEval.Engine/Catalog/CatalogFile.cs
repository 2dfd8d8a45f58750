using YamlDotNet.RepresentationModel;

namespace JudgeEval.Engine.Catalog;

/// <summary>
/// Reads the catalog data file (models.yaml, embedded in the engine). The file is ours, not user input, so a malformed
/// entry is a bug and throws; its integrity tests keep it well formed.
/// </summary>
public static class CatalogFile
{
    public const string ResourceName = "JudgeEval.Engine.Catalog.models.yaml";

    public static (string Version, IReadOnlyList<ModelEntry> Entries) ReadBuiltIn()
    {
        using var stream = typeof(CatalogFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return Read(reader);
    }

    public static (string Version, IReadOnlyList<ModelEntry> Entries) Read(TextReader text)
    {
        var yaml = new YamlStream();
        yaml.Load(text);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var version = Scalar(root, "version") ?? throw Bad(root, "has no version");
        var models = root.Children.TryGetValue(new YamlScalarNode("models"), out var list) && list is YamlSequenceNode sequence
            ? sequence.Children
            : throw Bad(root, "has no models list");
        return (version, [.. models.Select(m => Entry((YamlMappingNode)m))]);
    }

    static readonly HashSet<string> Keys = new(StringComparer.Ordinal)
    {
        "id", "provider", "family", "displayName", "released", "aliases", "fineTunedFrom", "distilledFrom", "alignment", "openWeights", "note",
    };

    static ModelEntry Entry(YamlMappingNode node)
    {
        foreach (var key in node.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: { } name } || !Keys.Contains(name))
            {
                throw Bad(key, $"has an unknown key '{key}'");
            }
        }

        return new ModelEntry
        {
            Id = Scalar(node, "id") ?? throw Bad(node, "has no id"),
            Provider = Scalar(node, "provider") ?? throw Bad(node, "has no provider"),
            Family = Scalar(node, "family") ?? throw Bad(node, "has no family"),
            DisplayName = Scalar(node, "displayName"),
            Released = Scalar(node, "released"),
            Aliases = List(node, "aliases"),
            FineTunedFrom = List(node, "fineTunedFrom"),
            DistilledFrom = List(node, "distilledFrom"),
            Alignment = Scalar(node, "alignment"),
            OpenWeights = Scalar(node, "openWeights") is { } open && bool.Parse(open),
            Note = Scalar(node, "note"),
        };
    }

    static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value)
            ? value is YamlScalarNode scalar ? scalar.Value : throw Bad(value, $"'{key}' is not a scalar")
            : null;

    static List<string> List(YamlMappingNode node, string key) =>
        !node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? []
        : value is YamlSequenceNode items ? [.. items.Children.Select(i => ((YamlScalarNode)i).Value ?? "")]
        : throw Bad(value, $"'{key}' is not a list");

    static InvalidDataException Bad(YamlNode node, string problem) =>
        new($"{ResourceName}({node.Start.Line},{node.Start.Column}): the catalog {problem}.");
}
