using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace JudgeEval.Engine.Tests.Manifest;

/// <summary>YAML to JSON with the YAML 1.2 core schema (what editors' YAML language servers use for JSON Schema checks).</summary>
static class YamlToJson
{
    public static JsonNode? Convert(string yaml)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(yaml);
        stream.Load(reader);
        return Node(stream.Documents[0].RootNode);
    }

    static JsonNode? Node(YamlNode node) => node switch
    {
        YamlMappingNode m => new JsonObject(m.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, Node(c.Value)))),
        YamlSequenceNode s => new JsonArray([.. s.Children.Select(Node)]),
        YamlScalarNode { Style: ScalarStyle.Plain } p => Plain(p.Value ?? string.Empty),
        YamlScalarNode q => JsonValue.Create(q.Value),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    static JsonValue? Plain(string text)
    {
        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return JsonValue.Create(text.StartsWith('t') || text.StartsWith('T'));
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return JsonValue.Create(whole);
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : JsonValue.Create(text);
    }
}
