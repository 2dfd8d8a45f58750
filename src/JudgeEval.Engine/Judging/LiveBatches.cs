using System.ClientModel;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Judging;

/// <summary>A batch in flight as `judgeeval batch status|cancel` shows it: its record, its endpoint, its state now or why it is unknown.</summary>
public sealed record BatchStatusLine(BatchRecord Record, string? EndpointId, BatchState? State, string? Problem);

/// <summary>
/// The batches a manifest's cache has in flight (see <see cref="BatchLedger"/>), asked of their providers: their state,
/// or a cancel. Each batch is matched to the manifest's endpoint by base URL and called with that endpoint's key.
/// Records stay in the ledger: the next run collects whatever the batch answered (a cancelled batch's partial output
/// included) and submits the rest again.
/// </summary>
public static class LiveBatches
{
    public static Task<IReadOnlyList<BatchStatusLine>> StatusAsync(LiveJudgingRequest request, CancellationToken ct) =>
        ForEachAsync(request, null, (api, id) => api.StateAsync(id, ct));

    /// <summary>Cancels every batch in flight, or only <paramref name="batchId"/>.</summary>
    public static Task<IReadOnlyList<BatchStatusLine>> CancelAsync(LiveJudgingRequest request, string? batchId, CancellationToken ct) =>
        ForEachAsync(request, batchId, (api, id) => api.CancelAsync(id, ct));

    /// <summary>Where the manifest's cache keeps its batch records.</summary>
    public static string LedgerFolder(LiveJudgingRequest request) => new BatchLedger(LiveJudging.CacheRoot(request)).Folder;

    static async Task<IReadOnlyList<BatchStatusLine>> ForEachAsync(LiveJudgingRequest request, string? only, Func<BatchApi, string, Task<BatchState>> ask)
    {
        var endpoints = JudgingSetup.Endpoints(request.Endpoints, new List<Diagnostic>()).Values.ToList();
        var lines = new List<BatchStatusLine>();
        foreach (var record in new BatchLedger(LiveJudging.CacheRoot(request)).All().Where(r => only is null || r.Id == only))
        {
            var endpoint = endpoints.FirstOrDefault(e => CacheKey.NormalizeBaseUrl(e.BaseUrl) == record.BaseUrl);
            if (endpoint is null)
            {
                lines.Add(new BatchStatusLine(record, null, null, $"no endpoint of the manifest has the base URL {record.BaseUrl}"));
                continue;
            }

            if (LiveJudging.ApiKey(endpoint, request.Environment) is not { } key)
            {
                lines.Add(new BatchStatusLine(record, endpoint.Id, null, $"environment variable '{endpoint.ApiKeyEnv}' is not set"));
                continue;
            }

            using var client = new EndpointClient(endpoint, key, TimeProvider.System);
            try
            {
                lines.Add(new BatchStatusLine(record, endpoint.Id, await ask(client.Batches, record.Id).ConfigureAwait(false), null));
            }
            catch (ClientResultException e) when (e.Status > 0)
            {
                lines.Add(new BatchStatusLine(record, endpoint.Id, null, $"http {e.Status}"));
            }
            catch (Exception e) when (e is ClientResultException or IOException or HttpRequestException or System.Text.Json.JsonException or InvalidOperationException or TaskCanceledException)
            {
                lines.Add(new BatchStatusLine(record, endpoint.Id, null, "network error"));
            }
        }

        return lines;
    }
}
