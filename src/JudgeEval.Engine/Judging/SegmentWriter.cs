using System.Buffers;
using System.Globalization;
using System.Threading.Channels;

namespace JudgeEval.Engine.Judging;

/// <summary>
/// Appends answers to this writer's own segment file from a background task, so the HTTP continuations that produce
/// answers never wait for the disk. The folder and the file are created once, on the first answer. Whatever is queued
/// is written as one append and handed to the operating system as soon as the queue runs dry (a killed process keeps
/// it); <see cref="FlushAsync"/> and completion also force it to the disk. Each process writes a file of its own, so
/// parallel runs sharing a cache never interleave.
/// </summary>
internal sealed class SegmentWriter
{
    public const string Extension = ".jsonl";

    /// <summary>Past this many buffered bytes the writer appends even if more answers are queued.</summary>
    const int AppendAt = 1 << 20;

    readonly string folder;
    readonly Channel<(CachedAnswer? Answer, TaskCompletionSource? Flushed)> queue =
        Channel.CreateUnbounded<(CachedAnswer?, TaskCompletionSource?)>(new UnboundedChannelOptions { SingleReader = true });

    readonly ArrayBufferWriter<byte> buffer = new(1 << 16);
    readonly Task loop;
    FileStream? file;
    bool broken;
    int buffered;
    int failures;

    public SegmentWriter(string folder)
    {
        this.folder = folder;
        loop = Task.Run(RunAsync);
    }

    /// <summary>The file this writer appends to, once it has written.</summary>
    public string? Path { get; private set; }

    /// <summary>Answers that could not be stored (the folder is not writable, the disk is full); final once completed.</summary>
    public int Failures => Volatile.Read(ref failures);

    public void Append(CachedAnswer answer)
    {
        if (!queue.Writer.TryWrite((answer, null)))
        {
            Interlocked.Increment(ref failures);
        }
    }

    /// <summary>Completes when every answer appended before it is on the disk (or counted as a failure).</summary>
    public Task FlushAsync()
    {
        var flushed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return queue.Writer.TryWrite((null, flushed)) ? flushed.Task : Task.CompletedTask;
    }

    /// <summary>Writes what is queued, forces it to the disk and closes the file; later appends count as failures.</summary>
    public Task CompleteAsync()
    {
        queue.Writer.TryComplete();
        return loop;
    }

    async Task RunAsync()
    {
        var reader = queue.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (reader.TryRead(out var item))
            {
                if (item.Answer is { } answer)
                {
                    CacheRecord.Write(buffer, answer);
                    buffered++;
                    if (buffer.WrittenCount >= AppendAt)
                    {
                        Append(durable: false);
                    }
                }
                else
                {
                    Append(durable: true);
                    item.Flushed!.TrySetResult();
                }
            }

            Append(durable: false);
        }

        Append(durable: true);
        if (file is not null)
        {
            await file.DisposeAsync().ConfigureAwait(false);
        }
    }

    void Append(bool durable)
    {
        try
        {
            if (buffered > 0 && !broken)
            {
                file ??= Create();
                file.Write(buffer.WrittenSpan);
            }

            file?.Flush(flushToDisk: durable);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            // Reported once by the run (JE9026) with the count; the answers themselves are still used by this run.
            broken = true;
        }

        if (broken)
        {
            Interlocked.Add(ref failures, buffered);
        }

        buffer.ResetWrittenCount();
        buffered = 0;
    }

    FileStream Create()
    {
        Directory.CreateDirectory(folder);
        // Named by the time it was begun, so an index reads segments oldest first and a later answer wins.
        Path = System.IO.Path.Combine(folder, string.Create(CultureInfo.InvariantCulture,
            $"{DateTime.UtcNow:yyyyMMdd'T'HHmmssfffffff'Z'}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}{Extension}"));
        return new FileStream(Path, FileMode.CreateNew, FileAccess.Write, FileShare.Read | FileShare.Delete, bufferSize: 0);
    }
}
