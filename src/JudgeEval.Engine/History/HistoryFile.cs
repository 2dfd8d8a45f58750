using System.Text;
using System.Text.Json;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.IO;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Reporting.Json;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.History;

/// <summary>The records read from a history file: the latest ones (at most <see cref="RunHistory.Limit"/>) and how many were readable.</summary>
public sealed record HistoryRead(IReadOnlyList<HistoryRun> Recent, int Count);

/// <summary>
/// The run history as JSON Lines, one record a line, appended by each run through <see cref="SharedFile"/>, so two builds
/// appending at once (two projects, two agents on a shared folder) never interleave their records.
/// </summary>
public static class HistoryFile
{
    static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static HistoryRead Read(HistorySpec spec, List<Diagnostic> diagnostics)
    {
        if (!File.Exists(spec.Path))
        {
            return new HistoryRead([], 0);
        }

        try
        {
            return SharedFile.Read(spec.Path, stream => Parse(spec, stream, diagnostics));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(HistoryDiagnostics.NotReadable.Create($"The history file '{spec.Written}' could not be read ({e.Message}); this run is not compared with earlier ones.", spec.At));
            return new HistoryRead([], 0);
        }
    }

    /// <summary>Appends one record; null when it was written, else the located problem.</summary>
    public static Diagnostic? Append(HistorySpec spec, HistoryRun run)
    {
        try
        {
            SharedFile.AppendLine(spec.Path, Utf8.GetBytes(HistoryJson.Serialize(run) + "\n"));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return HistoryDiagnostics.NotRecorded.Create($"This run's record could not be appended to '{spec.Written}': {e.Message}", spec.At);
        }
    }

    static HistoryRead Parse(HistorySpec spec, Stream stream, List<Diagnostic> diagnostics)
    {
        var recent = new Queue<HistoryRun>();
        var count = 0;
        var lineNumber = 0;
        using var reader = new StreamReader(stream, Utf8);
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                recent.Enqueue(HistoryJson.Deserialize(line));
                count++;
                if (recent.Count > RunHistory.Limit)
                {
                    recent.Dequeue();
                }
            }
            catch (JsonException e)
            {
                diagnostics.Add(HistoryDiagnostics.BadRecord.Create($"Line {lineNumber} of the history file is not a judgeeval record ({e.Message}); it is skipped.", new SourceLocation(spec.Path, lineNumber, 1, lineNumber, Math.Max(1, line.Length))));
            }
        }

        return new HistoryRead([.. recent], count);
    }
}
