using System.Text.Json;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Reporting.Json;

/// <summary>A history record as one line of JSON: results.json's names and NaN policy, without indentation.</summary>
public static class HistoryJson
{
    static readonly JsonSerializerOptions Options = new(ResultsJson.Options) { WriteIndented = false };

    public static string Serialize(HistoryRun run) => JsonSerializer.Serialize(run, Options);

    /// <summary>Throws <see cref="JsonException"/> for a line that is not a record (required keys missing included).</summary>
    public static HistoryRun Deserialize(string line) =>
        JsonSerializer.Deserialize<HistoryRun>(line, Options) ?? throw new JsonException("The line is null, not a record.");
}
