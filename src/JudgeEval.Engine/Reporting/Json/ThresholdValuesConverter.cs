using System.Text.Json;
using System.Text.Json.Serialization;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Reporting.Json;

/// <summary>The recorded thresholds as one object, name to value: numbers (null when unset) and flags as true/false.</summary>
public sealed class ThresholdValuesConverter : JsonConverter<ThresholdValues>
{
    static readonly FiniteDoubleConverter Number = new();

    public override ThresholdValues Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("thresholds is an object.");
        }

        var values = new List<ThresholdValue>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            values.Add(reader.TokenType is JsonTokenType.True or JsonTokenType.False
                ? new ThresholdValue(name, reader.GetBoolean() ? 1 : 0, IsFlag: true)
                : new ThresholdValue(name, Number.Read(ref reader, typeof(double), options), IsFlag: false));
        }

        return new ThresholdValues(values);
    }

    public override void Write(Utf8JsonWriter writer, ThresholdValues value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var v in value.Values)
        {
            writer.WritePropertyName(v.Name);
            if (v.IsFlag)
            {
                writer.WriteBooleanValue(v.Value != 0);
            }
            else
            {
                Number.Write(writer, v.Value, options);
            }
        }

        writer.WriteEndObject();
    }
}
