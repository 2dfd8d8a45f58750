using System.ClientModel;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using JudgeEval.Engine.Data;
using OpenAI;
using OpenAI.Batch;
using OpenAI.Files;

namespace JudgeEval.Engine.Judging;

/// <summary>One request of a batch: its cache key (the batch's custom_id) and what to ask.</summary>
internal sealed record BatchRequest(string Key, string Model, IReadOnlyList<ChatTurn> Messages, double? Temperature, long? Seed, Scale Scale, bool Structured);

/// <summary>
/// The OpenAI Batch API through the SDK: upload the requests as JSONL (files API, purpose "batch"), create a batch for
/// /v1/chat/completions, poll until it ends or the wait runs out, download the output file and return the answers by key.
/// </summary>
internal static class BatchRunner
{
    public static async Task<IReadOnlyDictionary<string, CallResult>> RunAsync(
        EndpointSettings endpoint, ApiKeyCredential credential, OpenAIClientOptions options, IReadOnlyList<BatchRequest> requests, CancellationToken ct)
    {
        var files = new OpenAIFileClient(credential, options);
#pragma warning disable OPENAI001 // The Batch client is marked experimental; its wire format (files + batches) is stable and documented.
        var batches = new BatchClient(credential, options);
        try
        {
            var input = await files.UploadFileAsync(BinaryData.FromString(Jsonl(requests)), "judgeeval-batch.jsonl", FileUploadPurpose.Batch).ConfigureAwait(false);
            var create = new JsonObject { ["input_file_id"] = input.Value.Id, ["endpoint"] = "/v1/chat/completions", ["completion_window"] = "24h" };
            using var content = BinaryContent.Create(BinaryData.FromString(create.ToJsonString()));
            var operation = await batches.CreateBatchAsync(content, waitUntilCompleted: false,
                new System.ClientModel.Primitives.RequestOptions { CancellationToken = ct }).ConfigureAwait(false);
            var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(endpoint.BatchMaxWaitSeconds);
            JsonNode? status;
            // Bounded by the deadline: each pass polls once and sleeps the poll interval.
            while (true)
            {
                var result = await operation.GetBatchAsync(new System.ClientModel.Primitives.RequestOptions { CancellationToken = ct }).ConfigureAwait(false);
                status = JsonNode.Parse(result.GetRawResponse().Content.ToString());
                var state = status?["status"]?.GetValue<string>();
                if (state is "completed" or "failed" or "expired" or "cancelled" || DateTimeOffset.UtcNow >= deadline)
                {
                    break;
                }

                await Task.Delay(TimeSpan.FromSeconds(endpoint.BatchPollSeconds), ct).ConfigureAwait(false);
            }

            var answers = new Dictionary<string, CallResult>(StringComparer.Ordinal);
            if (status?["output_file_id"]?.GetValue<string>() is { Length: > 0 } outputId)
            {
                var output = await files.DownloadFileAsync(outputId, ct).ConfigureAwait(false);
                foreach (var (key, answer) in ParseOutput(output.Value.ToString(), requests))
                {
                    answers[key] = answer;
                }
            }

            var unfinished = status?["status"]?.GetValue<string>() == "completed" ? "no answer in batch output" : "batch not finished";
            foreach (var r in requests.Where(r => !answers.ContainsKey(r.Key)))
            {
                answers[r.Key] = CallResult.Failed(unfinished);
            }

            return answers;
        }
        catch (Exception e) when (!ct.IsCancellationRequested && e is ClientResultException or IOException or HttpRequestException or JsonException or InvalidOperationException or OperationCanceledException or AggregateException or AnswerTooLargeException)
        {
            var reason = e switch
            {
                ClientResultException { Status: > 0 } c => $"batch http {c.Status}",
                AnswerTooLargeException => e.Message,
                _ => "batch failed",
            };
            return requests.ToDictionary(r => r.Key, _ => CallResult.Failed(reason), StringComparer.Ordinal);
        }
#pragma warning restore OPENAI001
    }

    /// <summary>The batch input: one chat completions request per line, custom_id = the cache key.</summary>
    public static string Jsonl(IEnumerable<BatchRequest> requests)
    {
        var text = new StringBuilder();
        foreach (var r in requests)
        {
            var body = new JsonObject
            {
                ["model"] = r.Model,
                ["messages"] = new JsonArray([.. r.Messages.Select(m => (JsonNode)new JsonObject { ["role"] = m.Role, ["content"] = m.Content })]),
            };
            if (r.Temperature is { } t)
            {
                body["temperature"] = t;
            }

            if (r.Seed is { } seed)
            {
                body["seed"] = seed;
            }

            if (r.Structured)
            {
                body["response_format"] = new JsonObject
                {
                    ["type"] = "json_schema",
                    ["json_schema"] = new JsonObject { ["name"] = VerdictSchema.Name(r.Scale), ["strict"] = true, ["schema"] = JsonNode.Parse(VerdictSchema.Json(r.Scale)) },
                };
            }

            text.Append(new JsonObject { ["custom_id"] = r.Key, ["method"] = "POST", ["url"] = "/v1/chat/completions", ["body"] = body }.ToJsonString()).Append('\n');
        }

        return text.ToString();
    }

    static IEnumerable<(string Key, CallResult Answer)> ParseOutput(string jsonl, IReadOnlyList<BatchRequest> requests)
    {
        var known = requests.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var line in jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            JsonNode? node;
            try
            {
                node = JsonNode.Parse(line);
            }
            catch (JsonException)
            {
                continue;
            }

            if (node?["custom_id"]?.GetValue<string>() is not { } key || !known.Contains(key))
            {
                continue;
            }

            if (line.Length > AnswerSizeLimit.MaxAnswerBytes)
            {
                yield return (key, CallResult.Failed(AnswerSizeLimit.Reason(AnswerSizeLimit.MaxAnswerBytes)));
                continue;
            }

            var response = node["response"];
            var statusCode = response?["status_code"]?.GetValue<int>() ?? 0;
            var body = response?["body"];
            if (statusCode != 200 || body?["choices"]?[0]?["message"] is not { } message)
            {
                yield return (key, CallResult.Failed(statusCode > 0 ? $"http {statusCode}" : "malformed response"));
                continue;
            }

            yield return (key, CallResult.Answered(new CachedAnswer
            {
                Key = key,
                Content = message["content"]?.GetValue<string>(),
                Refusal = message["refusal"]?.GetValue<string>(),
                FinishReason = body["choices"]?[0]?["finish_reason"]?.GetValue<string>() switch
                {
                    "stop" => "Stop",
                    "length" => "Length",
                    "content_filter" => "ContentFilter",
                    var other => other,
                },
                InputTokens = body["usage"]?["prompt_tokens"]?.GetValue<long>() ?? 0,
                OutputTokens = body["usage"]?["completion_tokens"]?.GetValue<long>() ?? 0,
                Model = body["model"]?.GetValue<string>(),
            }));
        }
    }
}
