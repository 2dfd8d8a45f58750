using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace JudgeEval.Engine.Reporting.Results;

/// <summary>Reads and writes results.json: camelCase, indented, nulls kept so every documented key is always present.</summary>
public static class ResultsJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // Item text is untrusted; the default encoder escapes HTML-significant characters too.
        Encoder = JavaScriptEncoder.Default,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Serialize(EvalResults results) => JsonSerializer.Serialize(results, Options);

    public static EvalResults? Deserialize(string json) => JsonSerializer.Deserialize<EvalResults>(json, Options);

    /// <summary>JSON has no NaN: statistics that are undefined (0/0, constant vectors) are written as null.</summary>
    public static double? Number(double value) => double.IsFinite(value) ? value : null;
}
