using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text.Json.Nodes;
using OpenAI;
using OpenAI.Batch;
using OpenAI.Files;

namespace JudgeEval.Engine.Judging;

/// <summary>
/// The OpenAI Files and Batches endpoints through the SDK: upload a batch file (purpose "batch"), create a batch for
/// /v1/chat/completions, read a batch's state, cancel it, download its output or error file. Errors are the SDK's.
/// </summary>
internal sealed class BatchApi(ApiKeyCredential credential, OpenAIClientOptions options)
{
#pragma warning disable OPENAI001 // The Batch client is marked experimental; its wire format (files + batches) is stable and documented.
    readonly BatchClient batches = new(credential, options);
    readonly OpenAIFileClient files = new(credential, options);

    /// <summary>Uploads the batch file and creates the batch; returns the batch id and the input file id.</summary>
    public async Task<(string BatchId, string InputFileId)> SubmitAsync(ReadOnlyMemory<byte> jsonl, CancellationToken ct)
    {
        using var stream = new MemoryStream(jsonl.ToArray(), writable: false);
        var input = await files.UploadFileAsync(stream, "judgeeval-batch.jsonl", FileUploadPurpose.Batch, ct).ConfigureAwait(false);
        var create = new JsonObject { ["input_file_id"] = input.Value.Id, ["endpoint"] = "/v1/chat/completions", ["completion_window"] = "24h" };
        using var content = BinaryContent.Create(BinaryData.FromString(create.ToJsonString()));
        var operation = await batches.CreateBatchAsync(content, waitUntilCompleted: false, new RequestOptions { CancellationToken = ct }).ConfigureAwait(false);
        return (operation.BatchId, input.Value.Id);
    }

    public async Task<BatchState> StateAsync(string batchId, CancellationToken ct)
    {
        var operation = await CreateBatchOperation.RehydrateAsync(batches, batchId, ct).ConfigureAwait(false);
        var result = await operation.GetBatchAsync(new RequestOptions { CancellationToken = ct }).ConfigureAwait(false);
        return BatchState.Parse(batchId, result.GetRawResponse().Content.ToMemory().Span);
    }

    public async Task<BatchState> CancelAsync(string batchId, CancellationToken ct)
    {
        var operation = await CreateBatchOperation.RehydrateAsync(batches, batchId, ct).ConfigureAwait(false);
        var result = await operation.CancelAsync(new RequestOptions { CancellationToken = ct }).ConfigureAwait(false);
        return BatchState.Parse(batchId, result.GetRawResponse().Content.ToMemory().Span);
    }

    public async Task<BinaryData> DownloadAsync(string fileId, CancellationToken ct) =>
        (await files.DownloadFileAsync(fileId, ct).ConfigureAwait(false)).Value;
#pragma warning restore OPENAI001
}
