using System.Text.Json;
using System.Text.Json.Serialization;
using JudgeEval.Engine.Statistics.Resampling;

namespace JudgeEval.Engine.Reporting.Json;

/// <summary>An interval is the array [lower, upper]; an undefined bound is null.</summary>
public sealed class IntervalConverter : JsonConverter<Interval>
{
    static readonly FiniteDoubleConverter Bound = new();

    public override bool HandleNull => true;

    public override Interval Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return Interval.Undefined;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("An interval is an array [lower, upper].");
        }

        var bounds = new List<double>(2);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            bounds.Add(Bound.Read(ref reader, typeof(double), options));
        }

        return bounds.Count == 2 ? new Interval(bounds[0], bounds[1]) : throw new JsonException("An interval has two bounds.");
    }

    public override void Write(Utf8JsonWriter writer, Interval value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        Bound.Write(writer, value.Lower, options);
        Bound.Write(writer, value.Upper, options);
        writer.WriteEndArray();
    }
}
