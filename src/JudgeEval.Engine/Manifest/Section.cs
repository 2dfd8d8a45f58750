using JudgeEval.Engine.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace JudgeEval.Engine.Manifest;

/// <summary>
/// A mapping whose keys were checked against the allowed ones (unknown keys are JE0005 with a suggestion), with
/// typed, located reads of its values. An explicit null counts as absent.
/// </summary>
internal sealed class Section
{
    readonly ManifestContext cx;
    readonly Dictionary<string, KeyValuePair<YamlNode, YamlNode>> entries = new(StringComparer.Ordinal);

    Section(ManifestContext cx, YamlMappingNode node, string path, SourceLocation at)
    {
        this.cx = cx;
        Node = node;
        Path = path;
        At = at;
    }

    public YamlMappingNode Node { get; }

    /// <summary>Where the section is in the manifest, for messages: `judges[2]`, `task.scale`.</summary>
    public string Path { get; }

    /// <summary>The section's key when it hangs under a key, else its mapping.</summary>
    public SourceLocation At { get; }

    public ManifestContext Context => cx;

    public static Section? Open(ManifestContext cx, YamlNode node, string path, IReadOnlyCollection<string> allowed, SourceLocation? at = null)
    {
        if (node is not YamlMappingNode mapping)
        {
            cx.Report(ManifestDiagnostics.WrongType, $"{Label(path)} must be a mapping of keys, not {Scalars.Describe(node)}.", node);
            return null;
        }

        var section = new Section(cx, mapping, path, at ?? cx.At(mapping));
        foreach (var entry in mapping.Children)
        {
            if (entry.Key is not YamlScalarNode { Value: { } key })
            {
                cx.Report(ManifestDiagnostics.WrongType, $"{Label(path)}: keys must be plain names, not {Scalars.Describe(entry.Key)}.", entry.Key);
                continue;
            }

            if (!allowed.Contains(key))
            {
                cx.Report(ManifestDiagnostics.UnknownKey, $"Unknown key '{key}' in {Label(path)}.{Suggestions.Hint(key, allowed, "Allowed keys")}", entry.Key);
                continue;
            }

            section.entries[key] = entry;
        }

        return section;
    }

    public static string Label(string path) => path.Length == 0 ? "the manifest" : $"'{path}'";

    public string Where(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    public bool Has(string key) => entries.ContainsKey(key);

    public IEnumerable<string> Keys => entries.Keys;

    /// <summary>The value, or null when absent or written as null.</summary>
    public YamlNode? Value(string key) => entries.TryGetValue(key, out var entry) && !Scalars.IsNull(entry.Value) ? entry.Value : null;

    public SourceLocation KeyAt(string key) => entries.TryGetValue(key, out var entry) ? cx.At(entry.Key) : At;

    public SourceLocation ValueAt(string key) => Value(key) is { } value ? cx.At(value) : KeyAt(key);

    public YamlNode? Required(string key)
    {
        var value = Value(key);
        if (value is null)
        {
            var written = Has(key) ? " has no value" : " is missing";
            cx.Report(ManifestDiagnostics.MissingKey, $"{Label(Path)} needs '{key}': it{written}.", Has(key) ? KeyAt(key) : At);
        }

        return value;
    }

    YamlNode? Get(string key, bool required) => required ? Required(key) : Value(key);

    public string? Text(string key, bool required = false) => Get(key, required) is { } v ? Scalars.Text(cx, v, Where(key)) : null;

    public int? Int(string key, int min = int.MinValue, int max = int.MaxValue, bool required = false) =>
        Get(key, required) is { } v ? Scalars.Int(cx, v, Where(key), min, max) : null;

    public double? Number(string key, double min = double.MinValue, double max = double.MaxValue, bool required = false) =>
        Get(key, required) is { } v ? Scalars.Number(cx, v, Where(key), min, max) : null;

    public bool? Bool(string key) => Value(key) is { } v ? Scalars.Bool(cx, v, Where(key)) : null;

    public DateOnly? Date(string key) => Value(key) is { } v ? Scalars.Date(cx, v, Where(key)) : null;

    public T? Choice<T>(string key, bool required = false)
        where T : struct, Enum => Get(key, required) is { } v ? Scalars.Choice<T>(cx, v, Where(key)) : null;

    /// <summary>A single text or a list of texts (lineage edges, aliases).</summary>
    public IReadOnlyList<string> TextList(string key)
    {
        var value = Value(key);
        if (value is null)
        {
            return [];
        }

        if (value is YamlScalarNode)
        {
            return Scalars.Text(cx, value, Where(key)) is { } one ? [one] : [];
        }

        if (value is not YamlSequenceNode list)
        {
            cx.Report(ManifestDiagnostics.WrongType, $"{Where(key)} must be a text or a list of texts, not {Scalars.Describe(value)}.", value);
            return [];
        }

        return [.. list.Children.Select((n, i) => Scalars.Text(cx, n, $"{Where(key)}[{i}]")).OfType<string>()];
    }

    /// <summary>The value as a list; reports JE0008 for anything else.</summary>
    public YamlSequenceNode? List(string key, bool required = false)
    {
        var value = Get(key, required);
        if (value is null or YamlSequenceNode)
        {
            return value as YamlSequenceNode;
        }

        cx.Report(ManifestDiagnostics.WrongType, $"{Where(key)} must be a list, not {Scalars.Describe(value)}.", value);
        return null;
    }

    public Section? Sub(string key, IReadOnlyCollection<string> allowed, bool required = false) =>
        Get(key, required) is { } v ? Open(cx, v, Where(key), allowed, KeyAt(key)) : null;
}
