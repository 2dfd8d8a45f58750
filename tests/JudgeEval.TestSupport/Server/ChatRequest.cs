using System.Text.Json.Nodes;

namespace JudgeEval.TestSupport.Server;

/// <summary>A request as the fake server received it.</summary>
public sealed record ChatRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>Null for bodies that are not JSON (multipart file uploads).</summary>
    public JsonNode? Json { get; } = Body.TrimStart().StartsWith('{') ? JsonNode.Parse(Body) : null;

    public string? Model => Json?["model"]?.GetValue<string>();

    public string? Authorization => Headers.GetValueOrDefault("Authorization");

    public IReadOnlyList<(string Role, string Content)> Messages =>
        Json?["messages"]?.AsArray().Select(m => (m!["role"]!.GetValue<string>(), Content(m["content"]))).ToList() ?? [];

    public string UserText => string.Join("\n", Messages.Where(m => m.Role == "user").Select(m => m.Content));

    // The SDK may send content as a string or as an array of text parts.
    static string Content(JsonNode? node) => node switch
    {
        JsonArray parts => string.Concat(parts.Select(p => p?["text"]?.GetValue<string>())),
        null => string.Empty,
        _ => node.GetValue<string>(),
    };
}
