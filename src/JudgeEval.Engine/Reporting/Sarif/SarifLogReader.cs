using System.Text.Json;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Reporting.Sarif;

/// <summary>Reads the results of a log <see cref="SarifWriter"/> wrote back into diagnostics (the baseline of the next run).</summary>
public static class SarifLogReader
{
    /// <summary>Null when the file is missing or not a readable SARIF log: a run without a usable baseline has none.</summary>
    public static IReadOnlyList<Diagnostic>? Read(string path)
    {
        try
        {
            return File.Exists(path) ? Parse(File.ReadAllText(path)) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException or KeyNotFoundException or UriFormatException)
        {
            return null;
        }
    }

    public static IReadOnlyList<Diagnostic> Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var run = document.RootElement.GetProperty("runs")[0];
        var root = run.TryGetProperty("originalUriBaseIds", out var bases) && bases.TryGetProperty(SarifWriter.SrcRootId, out var srcRoot)
            ? new Uri(srcRoot.GetProperty("uri").GetString()!)
            : null;
        return [.. run.GetProperty("results").EnumerateArray()
            .Where(r => !(r.TryGetProperty("baselineState", out var state) && state.GetString() == "absent"))
            .Select(r => Result(r, root))];
    }

    static Diagnostic Result(JsonElement r, Uri? root)
    {
        var severity = SarifLevel.Parse(r.GetProperty("level").GetString());
        var message = r.GetProperty("message").GetProperty("text").GetString()!;
        return new Diagnostic(r.GetProperty("ruleId").GetString()!, severity, message, Location(r, root));
    }

    static SourceLocation? Location(JsonElement r, Uri? root)
    {
        if (!r.TryGetProperty("locations", out var locations) || locations.GetArrayLength() == 0)
        {
            return null;
        }

        var physical = locations[0].GetProperty("physicalLocation");
        var artifact = physical.GetProperty("artifactLocation");
        var uri = artifact.GetProperty("uri").GetString()!;
        var file = artifact.TryGetProperty("uriBaseId", out _) && root is not null ? new Uri(root, uri).LocalPath : new Uri(uri).LocalPath;
        if (!physical.TryGetProperty("region", out var region))
        {
            return new SourceLocation(file, 0, 0, 0, 0);
        }

        int Number(string name, int fallback) => region.TryGetProperty(name, out var n) ? n.GetInt32() : fallback;
        var line = Number("startLine", 0);
        var column = Number("startColumn", 0);
        return new SourceLocation(file, line, column, Number("endLine", line), Number("endColumn", column + 1) - 1);
    }
}
