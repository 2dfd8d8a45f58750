using System.ClientModel.Primitives;
using System.Globalization;

namespace JudgeEval.Engine.Judging;

/// <summary>
/// Caps what one endpoint response may weigh before it is held in memory: <see cref="MaxAnswerBytes"/> for a chat
/// completion (a verdict is a few hundred bytes), <see cref="MaxBatchOutputBytes"/> for a Batch API output file. The body
/// is read through a counting stream, so an endless or 20 MB answer costs at most the limit; the call then fails with
/// <see cref="AnswerTooLargeException"/>, which is not retried and becomes the verdict's missing reason.
/// </summary>
internal sealed class AnswerSizeLimit : PipelinePolicy
{
    public const long MaxAnswerBytes = 1 << 20;

    public const long MaxBatchOutputBytes = 256L << 20;

    public static string Reason(long limit) =>
        string.Create(CultureInfo.InvariantCulture, $"{(limit == MaxBatchOutputBytes ? "batch output" : "answer")} larger than {limit >> 20} MiB");

    public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        var buffer = Unbuffered(message);
        ProcessNext(message, pipeline, currentIndex);
        if (Limited(message) is { } response && buffer)
        {
            response.BufferContent(message.CancellationToken);
        }
    }

    public override async ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        var buffer = Unbuffered(message);
        await ProcessNextAsync(message, pipeline, currentIndex).ConfigureAwait(false);
        if (Limited(message) is { } response && buffer)
        {
            await response.BufferContentAsync(message.CancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The transport would buffer the whole body itself; this policy buffers it through the limit instead.</summary>
    static bool Unbuffered(PipelineMessage message)
    {
        // A retried message comes through again, already unbuffered: the caller's wish is kept from its first try.
        if (!message.TryGetProperty(typeof(AnswerSizeLimit), out var saved) || saved is not bool buffer)
        {
            buffer = message.BufferResponse;
            message.SetProperty(typeof(AnswerSizeLimit), buffer);
        }

        message.BufferResponse = false;
        return buffer;
    }

    static PipelineResponse? Limited(PipelineMessage message)
    {
        if (message.Response is not { } response)
        {
            return null;
        }

        var limit = LimitFor(message.Request.Uri);
        if (response.Headers.TryGetValue("Content-Length", out var declared)
            && long.TryParse(declared, NumberStyles.None, CultureInfo.InvariantCulture, out var length) && length > limit)
        {
            throw new AnswerTooLargeException(Reason(limit));
        }

        if (response.ContentStream is { } body)
        {
            response.ContentStream = new LimitedReadStream(body, limit, () => new AnswerTooLargeException(Reason(limit)));
        }

        return response;
    }

    /// <summary>A Batch API output file (GET /files/{id}/content) holds many answers; every other response holds one.</summary>
    static long LimitFor(Uri? uri) =>
        uri is not null && uri.AbsolutePath.EndsWith("/content", StringComparison.Ordinal) ? MaxBatchOutputBytes : MaxAnswerBytes;
}
