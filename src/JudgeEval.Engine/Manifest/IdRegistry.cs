using System.Text.RegularExpressions;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Manifest;

/// <summary>The ids of one namespace (judges and ensembles share one; endpoints and models have their own).</summary>
internal sealed partial class IdRegistry(ManifestContext cx, string kind)
{
    readonly Dictionary<string, (string Kind, SourceLocation At)> seen = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Ids => seen.Keys;

    public bool Contains(string id) => seen.ContainsKey(id);

    public string? KindOf(string id) => seen.TryGetValue(id, out var entry) ? entry.Kind : null;

    /// <summary>Reads and registers the `id` of an entry; null (after a diagnostic) when missing, malformed or taken.</summary>
    public string? Claim(Section s, string entryKind, bool strictCharacters = true)
    {
        var id = s.Text("id", required: true);
        if (id is null)
        {
            return null;
        }

        var at = s.ValueAt("id");
        if (strictCharacters && !IdPattern().IsMatch(id))
        {
            cx.Report(ManifestDiagnostics.InvalidId, $"{s.Where("id")}: '{id}' may contain only letters, digits, '_', '.' and '-'.", at);
            return null;
        }

        if (seen.TryGetValue(id, out var first))
        {
            cx.Report(ManifestDiagnostics.DuplicateId, $"{s.Where("id")}: the {kind} id '{id}' is already used by the {first.Kind} at line {first.At.Line}.", at);
            return null;
        }

        seen[id] = (entryKind, at);
        return id;
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
