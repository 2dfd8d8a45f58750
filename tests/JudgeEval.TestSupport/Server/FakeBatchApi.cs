using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;

namespace JudgeEval.TestSupport.Server;

/// <summary>
/// The Batch API side of the fake server: POST /v1/files (multipart, purpose batch), POST /v1/batches,
/// GET /v1/batches/{id} (completed after a few polls), GET /v1/files/{id}/content. Each batch line is answered by a grader.
/// </summary>
public sealed class FakeBatchApi(Func<ChatRequest, ScriptedReply> grader, int pollsBeforeDone = 2)
{
    readonly ConcurrentDictionary<string, string> files = new(StringComparer.Ordinal);
    int polls;

    public IReadOnlyList<JsonNode> UploadedLines { get; private set; } = [];

    public ScriptedReply Handle(ChatRequest r) => (r.Method, r.Path) switch
    {
        ("POST", "/v1/files") => Upload(r),
        ("POST", "/v1/batches") => Json(Batch(r.Json!["input_file_id"]!.GetValue<string>(), "validating")),
        ("GET", "/v1/batches/batch_1") => Json(Interlocked.Increment(ref polls) >= pollsBeforeDone
            ? Batch("file-in-1", "completed", Output())
            : Batch("file-in-1", "in_progress")),
        ("GET", "/v1/files/file-out-1/content") => new ScriptedReply(200, files["file-out-1"]),
        _ => ScriptedReply.Error(404),
    };

    ScriptedReply Upload(ChatRequest r)
    {
        // The multipart body holds the JSONL between part headers; each request line starts with {"custom_id".
        var lines = r.Body.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("{\"custom_id\"", StringComparison.Ordinal)).ToList();
        UploadedLines = [.. lines.Select(l => JsonNode.Parse(l)!)];
        files["file-in-1"] = string.Join("\n", lines);
        return Json(new JsonObject
        {
            ["id"] = "file-in-1",
            ["object"] = "file",
            ["bytes"] = Encoding.UTF8.GetByteCount(files["file-in-1"]),
            ["created_at"] = 1_700_000_000,
            ["filename"] = "judgeeval-batch.jsonl",
            ["purpose"] = "batch",
            ["status"] = "processed",
        });
    }

    string Output()
    {
        var output = new StringBuilder();
        foreach (var line in UploadedLines)
        {
            var chat = new ChatRequest("POST", "/v1/chat/completions", new Dictionary<string, string>(), line["body"]!.ToJsonString());
            var reply = grader(chat);
            output.Append(new JsonObject
            {
                ["id"] = "batch_req_" + line["custom_id"]!.GetValue<string>()[..8],
                ["custom_id"] = line["custom_id"]!.GetValue<string>(),
                ["response"] = new JsonObject { ["status_code"] = reply.Status, ["request_id"] = "req", ["body"] = JsonNode.Parse(reply.Body) },
                ["error"] = null,
            }.ToJsonString()).Append('\n');
        }

        files["file-out-1"] = output.ToString();
        return "file-out-1";
    }

    static JsonObject Batch(string inputFile, string status, string? outputFile = null) => new()
    {
        ["id"] = "batch_1",
        ["object"] = "batch",
        ["endpoint"] = "/v1/chat/completions",
        ["errors"] = null,
        ["input_file_id"] = inputFile,
        ["completion_window"] = "24h",
        ["status"] = status,
        ["output_file_id"] = outputFile,
        ["error_file_id"] = null,
        ["created_at"] = 1_700_000_000,
        ["request_counts"] = new JsonObject { ["total"] = 0, ["completed"] = 0, ["failed"] = 0 },
        ["metadata"] = null,
    };

    static ScriptedReply Json(JsonObject body) => new(200, body.ToJsonString());
}
