using System.Globalization;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Judging;

/// <summary>Batches that need the user's attention at the end of a run (JE9040-JE9049), located at the endpoint.</summary>
internal static class BatchDiagnostics
{
    public static readonly DiagnosticDescriptor TooLarge = new(
        "JE9040", "Request larger than a batch file", Severity.Warning,
        "A request alone is larger than the endpoint's batchMaxBytes, so it fits in no batch file and was not sent; it counts as missing.",
        "Raise `batchMaxBytes` up to the provider's limit, shorten the prompt or the item text, or judge these items without `batch`.");

    public static readonly DiagnosticDescriptor StillRunning = new(
        "JE9041", "Batch still running", Severity.Warning,
        "A batch had not ended when batchMaxWaitSeconds ran out. Its id is kept with the cache; its requests count as missing in this run and the next run collects its answers without submitting them again.",
        "Run again later (`judgeeval batch status <manifest>` shows the batches in flight), or raise `batchMaxWaitSeconds`.");

    public static readonly DiagnosticDescriptor Unanswered = new(
        "JE9042", "Batch ended without answers", Severity.Warning,
        "A batch failed, expired, was cancelled or is unknown to the provider, or could not be submitted: its unanswered requests count as missing, each with the reason, and the next run submits them again.",
        "Read the reason (e.g. a validation error of the batch file, an enqueued-token limit); run again to resubmit.");

    public static readonly DiagnosticDescriptor NotRecorded = new(
        "JE9043", "Batch id not recorded", Severity.Warning,
        "The provider accepted a batch but its id could not be written under the cache's batches folder: if this run stops before the batch ends, the next run cannot resume it and submits its requests again.",
        "Make the cache folder writable.");

    public static void ForEndpoint(EndpointSettings endpoint, BatchReport report, string ledgerFolder, List<Diagnostic> diagnostics)
    {
        foreach (var e in report.Events.Where(e => e.Endpoint == endpoint.Id).OrderBy(e => e.BatchId, StringComparer.Ordinal))
        {
            diagnostics.Add(e.Kind switch
            {
                BatchEventKind.TooLarge => TooLarge.Create(Invariant(
                    $"Endpoint '{endpoint.Id}': {e.Requests} requests are each larger than batchMaxBytes ({endpoint.BatchMaxBytes} bytes) and were not sent."), endpoint.Location),
                BatchEventKind.StillRunning => StillRunning.Create(Invariant(
                    $"Endpoint '{endpoint.Id}': batch {e.BatchId} ({e.Requests} requests) is still {e.Status} after batchMaxWaitSeconds {endpoint.BatchMaxWaitSeconds}; the next run collects it without resubmitting."), endpoint.Location),
                BatchEventKind.NotRecorded => NotRecorded.Create(Invariant(
                    $"Endpoint '{endpoint.Id}': batch {e.BatchId} ({e.Requests} requests) could not be recorded under '{ledgerFolder}'; if it does not end in this run, the next run submits its requests again."), endpoint.Location),
                _ => Unanswered.Create(Invariant(
                    $"Endpoint '{endpoint.Id}': batch {e.BatchId ?? "(none)"} {e.Status}{(e.Error is null ? "" : $" ({e.Error})")}: {e.Requests} requests unanswered; the next run submits them again."), endpoint.Location),
            });
        }
    }

    static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
