using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Judging;

/// <summary>The JSON schema of a structured answer: a short reasoning and a value the scale allows (enum, so strict mode holds).</summary>
public static class VerdictSchema
{
    public static string Name(Scale scale) => scale.Kind == TaskKind.Pairwise ? "pairwise_verdict" : "pointwise_score";

    static readonly ConcurrentDictionary<(TaskKind, double, double), string> Built = new();

    /// <summary>Built once per scale: every request of a run sends the same schema.</summary>
    public static string Json(Scale scale) => Built.GetOrAdd((scale.Kind, scale.Min, scale.Max), _ => Build(scale));

    static string Build(Scale scale)
    {
        var (name, value) = scale.Kind == TaskKind.Pairwise
            ? ("verdict", new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("A", "B", "tie") })
            : ("score", new JsonObject { ["type"] = "integer", ["enum"] = new JsonArray([.. scale.Categories.Select(c => JsonValue.Create((int)c))]) });
        return new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject { ["reasoning"] = new JsonObject { ["type"] = "string" }, [name] = value },
            ["required"] = new JsonArray("reasoning", name),
            ["additionalProperties"] = false,
        }.ToJsonString();
    }
}
