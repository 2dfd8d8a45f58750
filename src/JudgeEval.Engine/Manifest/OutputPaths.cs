using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Manifest;

/// <summary>
/// The paths a run writes into the user's folders: each live judge's `record` and `cache.path`. Neither may resolve to
/// the manifest, a file the run reads, or another judge's record: that is a located error while the manifest is read,
/// so no call is made and nothing is written. A path outside the manifest's folder is allowed and said once, in full.
/// </summary>
public static class OutputPaths
{
    public static readonly DiagnosticDescriptor WouldOverwrite = new(
        "JE0026", "Output path is a file the run reads", Severity.Error,
        "A live judge's `record` or `cache.path` resolves to the manifest, to a file the run reads (items, human labels, another judge's judgments, a prompt template, a file named by an option) or to another judge's `record`. Writing there would destroy the user's data, so the run stops before any call is made and nothing is written. A judge's `record` may be its own `judgments` file: that refreshes the recording.",
        "Point `record` (or `cache.path`) at a file of its own, e.g. `record: eval/recorded/<judge>.jsonl`.");

    public static readonly DiagnosticDescriptor OutsideProject = new(
        "JE0027", "Output path outside the manifest's folder", Severity.Info,
        "A live judge's `record` or `cache.path` resolves outside the folder of the manifest (the project folder when MSBuild runs the eval). That is allowed; the message gives the full path once, so a write outside the project is never a surprise.",
        "Nothing to fix if the path is intended; otherwise use a path inside the project.");

    static readonly StringComparer PathComparer = OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;

    internal static void Check(ManifestContext cx, IReadOnlyList<JudgeSpec> judges, CacheSpec cache, IReadOnlyList<SourceSpec> items, IReadOnlyList<SourceSpec> labels)
    {
        var manifest = Resolve(cx.File);
        var records = judges.Where(j => j.Live?.Record is not null).ToDictionary(j => j.Id, j => Resolve(j.Live!.Record!), StringComparer.Ordinal);
        var read = cx.ReferencedFiles.Select(Resolve).ToHashSet(PathComparer);

        // A judge's own judgments file is its recording: writing it is a refresh, unless something else reads it too.
        var readElsewhere = items.Concat(labels).Select(s => s.Path)
            .Concat(judges.Where(j => j.Live is null).Select(j => j.Judgments?.Path).OfType<string>())
            .Select(Resolve)
            .ToHashSet(PathComparer);

        foreach (var judge in judges.Where(j => records.ContainsKey(j.Id)))
        {
            var record = records[judge.Id];
            var at = judge.Live!.RecordAt ?? judge.At;
            var own = judge.Judgments is { } j && PathComparer.Equals(Resolve(j.Path), record) && !readElsewhere.Contains(record);
            var other = records.FirstOrDefault(r => r.Key != judge.Id && PathComparer.Equals(r.Value, record)).Key;
            var what = PathComparer.Equals(record, manifest) ? "the manifest"
                : other is not null ? $"judge '{other}''s record"
                : read.Contains(record) && !own ? "a file this run reads"
                : cache.Path is { } c && PathComparer.Equals(Resolve(c), record) ? "the cache folder"
                : null;
            Report(cx, $"judges '{judge.Id}'.record", record, what, at);
        }

        if (cache.Path is { } cachePath)
        {
            var folder = Resolve(cachePath);
            var what = PathComparer.Equals(folder, manifest) ? "the manifest"
                : read.Contains(folder) ? "a file this run reads"
                : null;
            Report(cx, "cache.path", folder, what, cache.PathAt ?? cache.At);
        }
    }

    static void Report(ManifestContext cx, string where, string path, string? collision, SourceLocation at)
    {
        if (collision is not null)
        {
            cx.Report(WouldOverwrite, $"{where} resolves to '{path}', which is {collision}: writing it would overwrite data you own. Nothing is written; choose another path.", at);
        }
        else if (!IsInside(path, cx.Directory))
        {
            cx.Report(OutsideProject, $"{where} writes outside the manifest's folder, to '{path}'.", at);
        }
    }

    static bool IsInside(string path, string folder)
    {
        var root = Path.TrimEndingDirectorySeparator(Resolve(folder)) + Path.DirectorySeparatorChar;
        return path.StartsWith(root, PathComparer == StringComparer.Ordinal ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The full path, through symbolic links where the file exists, so a link to an input is that input.</summary>
    static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            return File.Exists(full) && new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true) is { } target ? Path.GetFullPath(target.FullName) : full;
        }
        catch (IOException)
        {
            return full;
        }
    }
}
