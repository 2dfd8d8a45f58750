using System.Text.Json;
using System.Text.Json.Serialization;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Reporting.Json;

/// <summary>Enums as their documented names (<see cref="EnumNames"/>).</summary>
public sealed class EnumNameConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter?)Activator.CreateInstance(typeof(EnumNameConverter<>).MakeGenericType(typeToConvert));

    sealed class EnumNameConverter<T> : JsonConverter<T>
        where T : struct, Enum
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetString() is { } text && EnumNames.TryParse<T>(text, out var value)
                ? value
                : throw new JsonException($"'{reader.GetString()}' is not a {typeof(T).Name}.");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(EnumNames.Of(value));
    }
}
