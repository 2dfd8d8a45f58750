using JudgeEval.Engine.IO;
using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace JudgeEval.Engine.Judging;

/// <summary>Where a record is: its segment file, the byte range of its line (without the '\n') and its 1-based line number.</summary>
internal readonly record struct CacheEntry(int Segment, long Offset, int Length, int Line);

/// <summary>
/// The keys of every segment under {root}/segments, read once when the cache opens: segments in name order (their names
/// start with the time they were begun), so when two runs cached one key the later record wins. Only lines ended by
/// '\n' that are whole records count; a torn tail (a crash mid-write, a writer still appending) is skipped, and those
/// requests are judged again.
/// </summary>
internal sealed class CacheIndex : IDisposable
{
    const int Chunk = 1 << 20;

    readonly Dictionary<string, CacheEntry> entries = new(StringComparer.Ordinal);
    readonly List<string> segments = [];
    readonly SafeFileHandle?[] handles;
    readonly object handleGate = new();

    public CacheIndex(string folder)
    {
        if (Directory.Exists(folder))
        {
            // Only regular files: a FIFO or a link to /dev/zero placed in the cache must not hang or exhaust the run.
            foreach (var path in Directory.EnumerateFiles(folder, "*" + SegmentWriter.Extension).Where(p => InputFile.NotRegular(p) is null).Order(StringComparer.Ordinal))
            {
                segments.Add(path);
                Scan(path, segments.Count - 1);
            }
        }

        handles = new SafeFileHandle?[segments.Count];
    }

    public int Count => entries.Count;

    public IReadOnlyList<string> Segments => segments;

    public bool TryFind(string key, out CacheEntry entry) => entries.TryGetValue(key, out entry);

    /// <summary>The record's line; null when the file can no longer be read (deleted or truncated since the scan).</summary>
    public byte[]? ReadLine(CacheEntry entry)
    {
        try
        {
            var line = new byte[entry.Length];
            var read = RandomAccess.Read(Handle(entry.Segment), line, entry.Offset);
            return read == entry.Length ? line : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    SafeFileHandle Handle(int segment)
    {
        lock (handleGate)
        {
            return handles[segment] ??= File.OpenHandle(segments[segment], FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
    }

    void Scan(string path, int segment)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Chunk);
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
            long start = 0; // file offset of buffer[0]
            var filled = 0;
            var line = 0;
            int read;
            while ((read = file.Read(buffer, filled, buffer.Length - filled)) > 0)
            {
                filled += read;
                var consumed = 0;
                int newline;
                while ((newline = buffer.AsSpan(consumed, filled - consumed).IndexOf((byte)'\n')) >= 0)
                {
                    line++;
                    var bytes = buffer.AsSpan(consumed, newline);
                    if (CacheRecord.KeyOf(bytes) is { } key)
                    {
                        entries[key] = new CacheEntry(segment, start + consumed, newline, line);
                    }

                    consumed += newline + 1;
                }

                // Keep the unfinished line at the front; a line longer than the buffer grows it.
                Buffer.BlockCopy(buffer, consumed, buffer, 0, filled - consumed);
                start += consumed;
                filled -= consumed;
                if (filled == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    Buffer.BlockCopy(buffer, 0, larger, 0, filled);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An unreadable segment serves nothing; its requests are judged again and land in a new segment.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public void Dispose()
    {
        lock (handleGate)
        {
            foreach (var h in handles)
            {
                h?.Dispose();
            }
        }
    }
}
