using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Manifest;

namespace JudgeEval.Engine.Labelling;

/// <summary>
/// Where labels are appended: --labels when given, else the manifest's jsonl `humanLabels` source (the one named
/// labels.&lt;annotator&gt;.jsonl when there are several), else labels.&lt;annotator&gt;.jsonl beside the manifest.
/// </summary>
public sealed record LabelTarget(string Path, bool InManifest, SourceLocation DeclaredAt, string? Problem)
{
    public const string Format = "jsonl";

    public static LabelTarget Resolve(EvalManifest manifest, string? labels, string annotator)
    {
        var own = "labels." + annotator + ".jsonl";
        if (labels is null)
        {
            var jsonl = manifest.HumanLabels.Where(s => s.Format == Format).ToList();
            if ((jsonl.FirstOrDefault(s => System.IO.Path.GetFileName(s.Path) == own) ?? jsonl.FirstOrDefault()) is { } chosen)
            {
                return new LabelTarget(chosen.Path, true, chosen.DeclaredAt, null);
            }
        }

        var path = labels is null ? System.IO.Path.Combine(manifest.Directory, own) : System.IO.Path.GetFullPath(labels);
        var source = manifest.HumanLabels.FirstOrDefault(s => SamePath(s.Path, path));
        var problem = source is not null && source.Format != Format
            ? $"'{path}' is a humanLabels source in the {source.Format} format; labels are appended as jsonl rows, so pass a jsonl file with --labels."
            : null;
        return new LabelTarget(path, source is not null, source?.DeclaredAt ?? SourceLocation.At(path, 1, 1), problem);
    }

    public static bool SamePath(string a, string b) =>
        string.Equals(System.IO.Path.GetFullPath(a), System.IO.Path.GetFullPath(b), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <summary>The labels file as a jsonl humanLabels source, to read it through the engine's own importer.</summary>
    public SourceSpec Source(string manifestDirectory) => new()
    {
        Path = Path,
        Format = Format,
        BaseDirectory = manifestDirectory,
        DeclaredAt = DeclaredAt,
    };
}
