using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace JudgeEval.TestSupport.Server;

/// <summary>
/// The Batch API side of the fake server: POST /v1/files (multipart, purpose batch), POST /v1/batches,
/// GET /v1/batches/{id} (ends after <c>pollsBeforeDone</c> polls of that batch), POST /v1/batches/{id}/cancel,
/// GET /v1/files/{id}/content. Batches are numbered from 1 in the order created; <see cref="Ending"/> decides how each
/// ends: "completed" (every line answered by the grader), "expired" (the first half answered, the rest in the error
/// file as batch_expired) or "failed" (no files, a validation error). State survives between runs of one test, as a
/// provider's does.
/// </summary>
public sealed class FakeBatchApi(Func<ChatRequest, ScriptedReply> grader, int pollsBeforeDone = 2)
{
    readonly ConcurrentDictionary<string, string> files = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, List<JsonNode>> inputs = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, Batch> batches = new(StringComparer.Ordinal);
    readonly ConcurrentQueue<JsonNode> uploaded = new();
    int fileCount;
    int batchCount;

    /// <summary>How batch n (1-based) ends; completed by default.</summary>
    public Func<int, string> Ending { get; init; } = _ => "completed";

    /// <summary>Called with the batch id at each poll, before answering (a test can cancel its run there).</summary>
    public Action<string>? OnPoll { get; init; }

    /// <summary>Every request line of every upload.</summary>
    public IReadOnlyList<JsonNode> UploadedLines => [.. uploaded];

    public int Uploads => Volatile.Read(ref fileCount);

    public int Created => Volatile.Read(ref batchCount);

    /// <summary>The number of request lines in each batch, in the order created.</summary>
    public IReadOnlyList<int> BatchSizes => [.. batches.Values.OrderBy(b => b.Number).Select(b => b.Lines.Count)];

    public IReadOnlyList<string> Cancelled => [.. batches.Values.Where(b => b.Status is "cancelling" or "cancelled").Select(b => b.Id).Order(StringComparer.Ordinal)];

    public ScriptedReply Handle(ChatRequest r) => (r.Method, r.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)) switch
    {
        ("POST", ["v1", "files"]) => Upload(r),
        ("POST", ["v1", "batches"]) => Create(r.Json!["input_file_id"]!.GetValue<string>()),
        ("GET", ["v1", "batches", var id]) when batches.TryGetValue(id, out var b) => Poll(b),
        ("POST", ["v1", "batches", var id, "cancel"]) when batches.TryGetValue(id, out var b) => Cancel(b),
        ("GET", ["v1", "files", var id, "content"]) when files.TryGetValue(id, out var content) => new ScriptedReply(200, content),
        _ => ScriptedReply.Error(404),
    };

    ScriptedReply Upload(ChatRequest r)
    {
        // The multipart body holds the JSONL between part headers; each request line starts with {"custom_id".
        var lines = r.Body.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("{\"custom_id\"", StringComparison.Ordinal)).ToList();
        var id = "file-in-" + Interlocked.Increment(ref fileCount).ToString(CultureInfo.InvariantCulture);
        files[id] = string.Join("\n", lines);
        // Parsed here, so creating the batch answers at once, as a provider's create does.
        inputs[id] = [.. lines.Select(l => JsonNode.Parse(l)!)];
        return Json(new JsonObject
        {
            ["id"] = id,
            ["object"] = "file",
            ["bytes"] = Encoding.UTF8.GetByteCount(files[id]),
            ["created_at"] = 1_700_000_000,
            ["filename"] = "judgeeval-batch.jsonl",
            ["purpose"] = "batch",
            ["status"] = "processed",
        });
    }

    ScriptedReply Create(string inputFile)
    {
        if (!inputs.TryGetValue(inputFile, out var lines))
        {
            return ScriptedReply.Error(400);
        }

        var n = Interlocked.Increment(ref batchCount);
        foreach (var line in lines)
        {
            uploaded.Enqueue(line);
        }

        var batch = new Batch("batch_" + n.ToString(CultureInfo.InvariantCulture), n, inputFile, lines);
        batches[batch.Id] = batch;
        return Json(batch.ToJson());
    }

    ScriptedReply Poll(Batch b)
    {
        OnPoll?.Invoke(b.Id);
        lock (b)
        {
            if (b.Status == "cancelling")
            {
                b.Status = "cancelled";
            }
            else if (b.Status is "validating" or "in_progress" && ++b.Polls >= pollsBeforeDone)
            {
                End(b, Ending(b.Number));
            }
            else if (b.Status == "validating")
            {
                b.Status = "in_progress";
            }

            return Json(b.ToJson());
        }
    }

    ScriptedReply Cancel(Batch b)
    {
        lock (b)
        {
            if (b.Status is "validating" or "in_progress")
            {
                b.Status = "cancelling";
            }

            return Json(b.ToJson());
        }
    }

    void End(Batch b, string status)
    {
        b.Status = status;
        if (status == "failed")
        {
            b.Error = new JsonObject { ["code"] = "invalid_request", ["message"] = "scripted validation failure", ["line"] = null };
            return;
        }

        var answered = status == "expired" ? b.Lines.Count / 2 : b.Lines.Count;
        var output = new StringBuilder();
        foreach (var line in b.Lines.Take(answered))
        {
            var reply = grader(new ChatRequest("POST", "/v1/chat/completions", new Dictionary<string, string>(), line["body"]!.ToJsonString()));
            output.Append(new JsonObject
            {
                ["id"] = "batch_req_" + line["custom_id"]!.GetValue<string>()[..8],
                ["custom_id"] = line["custom_id"]!.GetValue<string>(),
                ["response"] = new JsonObject { ["status_code"] = reply.Status, ["request_id"] = "req", ["body"] = JsonNode.Parse(reply.Body) },
                ["error"] = null,
            }.ToJsonString()).Append('\n');
        }

        b.OutputFile = "file-out-" + b.Number.ToString(CultureInfo.InvariantCulture);
        files[b.OutputFile] = output.ToString();
        if (answered < b.Lines.Count)
        {
            var errors = new StringBuilder();
            foreach (var line in b.Lines.Skip(answered))
            {
                errors.Append(new JsonObject
                {
                    ["id"] = "batch_req_x",
                    ["custom_id"] = line["custom_id"]!.GetValue<string>(),
                    ["response"] = null,
                    ["error"] = new JsonObject { ["code"] = "batch_expired", ["message"] = "This request could not be executed before the completion window expired." },
                }.ToJsonString()).Append('\n');
            }

            b.ErrorFile = "file-err-" + b.Number.ToString(CultureInfo.InvariantCulture);
            files[b.ErrorFile] = errors.ToString();
        }
    }

    static ScriptedReply Json(JsonObject body) => new(200, body.ToJsonString());

    sealed class Batch(string id, int number, string inputFile, List<JsonNode> lines)
    {
        public string Id { get; } = id;

        public int Number { get; } = number;

        public List<JsonNode> Lines { get; } = lines;

        public string Status { get; set; } = "validating";

        public int Polls { get; set; }

        public string? OutputFile { get; set; }

        public string? ErrorFile { get; set; }

        public JsonObject? Error { get; set; }

        public JsonObject ToJson() => new()
        {
            ["id"] = Id,
            ["object"] = "batch",
            ["endpoint"] = "/v1/chat/completions",
            ["errors"] = Error is null ? null : new JsonObject { ["object"] = "list", ["data"] = new JsonArray(Error.DeepClone()) },
            ["input_file_id"] = inputFile,
            ["completion_window"] = "24h",
            ["status"] = Status,
            ["output_file_id"] = OutputFile,
            ["error_file_id"] = ErrorFile,
            ["created_at"] = 1_700_000_000,
            ["request_counts"] = new JsonObject
            {
                ["total"] = Lines.Count,
                ["completed"] = Status == "completed" ? Lines.Count : Status == "expired" ? Lines.Count / 2 : 0,
                ["failed"] = Status == "expired" ? Lines.Count - (Lines.Count / 2) : 0,
            },
            ["metadata"] = null,
        };
    }
}
