using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Reporting.Json;

/// <summary>
/// Reads and writes results.json: camelCase, indented, nulls kept so every documented key is always present. JSON has
/// no NaN: an undefined statistic (0/0, a constant vector) is written as null and read back as NaN.
/// </summary>
public static class ResultsJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // Item text is untrusted; the default encoder escapes HTML-significant characters too.
        Encoder = JavaScriptEncoder.Default,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new FiniteDoubleConverter(), new IntervalConverter(), new EnumNameConverterFactory(), new ThresholdValuesConverter() },
    };

    public static string Serialize(EvalResults results) => JsonSerializer.Serialize(results, Options);

    public static EvalResults? Deserialize(string json) => JsonSerializer.Deserialize<EvalResults>(json, Options);
}
