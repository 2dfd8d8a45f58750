using JudgeEval.Engine.History;

namespace JudgeEval.Engine.Manifest;

/// <summary>Reads `history: { path }`. The file is written by every run, so it must not be one the run reads.</summary>
internal static class HistoryReader
{
    public static HistorySpec? Read(Section top)
    {
        var s = top.Sub("history", ["path"]);
        if (s?.Required("path") is not { } node || Scalars.Scalar(s.Context, node, s.Where("path"), "a file path") is not { } scalar)
        {
            return null;
        }

        var at = s.ValueAt("path");
        if (s.Context.Absolute(scalar, s.Where("path")) is not { } path)
        {
            return null;
        }

        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        if (string.Equals(path, Path.GetFullPath(s.Context.File), comparison) || s.Context.ReferencedFiles.Any(f => string.Equals(f, path, comparison)))
        {
            s.Context.Report(HistoryDiagnostics.PathIsInput, $"history.path '{scalar.Value}' is a file this run reads; every run appends to the history file, so it would change the input.", at);
            return null;
        }

        if (Directory.Exists(path))
        {
            s.Context.Report(HistoryDiagnostics.PathIsInput, $"history.path '{scalar.Value}' is a folder; name a file such as .judgeeval/history.jsonl.", at);
            return null;
        }

        return new HistorySpec(path, scalar.Value ?? string.Empty, at);
    }
}
