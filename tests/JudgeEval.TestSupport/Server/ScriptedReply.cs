using System.Text.Json.Nodes;

namespace JudgeEval.TestSupport.Server;

/// <summary>
/// What the fake server answers: status, body, headers, and an optional delay before answering. Chunked: the body is
/// sent without a Content-Length, as a streaming server would.
/// </summary>
public sealed record ScriptedReply(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default, bool Chunked = false)
{
    public static ScriptedReply Completion(string content, int promptTokens = 100, int completionTokens = 10, string finishReason = "stop") =>
        new(200, Envelope(content, null, promptTokens, completionTokens, finishReason));

    public static ScriptedReply Refusal(string text) => new(200, Envelope(null, text, 50, 5, "stop"));

    public static ScriptedReply Error(int status, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, """{"error":{"message":"scripted failure","type":"server_error"}}""", headers);

    /// <summary>The response shape of POST /v1/chat/completions.</summary>
    static string Envelope(string? content, string? refusal, int promptTokens, int completionTokens, string finishReason) => new JsonObject
    {
        ["id"] = "chatcmpl-test",
        ["object"] = "chat.completion",
        ["created"] = 1_700_000_000,
        ["model"] = "test-model",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content, ["refusal"] = refusal },
            ["finish_reason"] = finishReason,
            ["logprobs"] = null,
        }),
        ["usage"] = new JsonObject
        {
            ["prompt_tokens"] = promptTokens,
            ["completion_tokens"] = completionTokens,
            ["total_tokens"] = promptTokens + completionTokens,
        },
    }.ToJsonString();
}
