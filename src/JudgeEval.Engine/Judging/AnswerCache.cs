using JudgeEval.Engine.IO;
using System.Collections.Concurrent;

namespace JudgeEval.Engine.Judging;

/// <summary>Where a cached answer is: the segment file and the line in it.</summary>
public sealed record CacheLocation(string File, int Line);

/// <summary>
/// Content-addressed answers on disk: records appended to segment files under {root}/segments (one file per writing
/// process, see <see cref="SegmentWriter"/>), found through an index read when the cache opens
/// (<see cref="CacheIndex"/>). Answers put during this run are served from memory. Caches written by earlier versions
/// ({root}/ab/cd/{key}.json, one file per answer) are still read. Dispose completes the writes; a cancelled run's
/// answers are on the disk once it is disposed.
/// </summary>
public sealed class AnswerCache : IAsyncDisposable, IDisposable
{
    readonly CacheIndex index;
    readonly ConcurrentDictionary<string, CachedAnswer> recent = new(StringComparer.Ordinal);
    readonly SegmentWriter writer;
    readonly bool legacy;

    public AnswerCache(string root)
    {
        Root = root;
        index = new CacheIndex(SegmentsFolder);
        writer = new SegmentWriter(SegmentsFolder);
        legacy = Directory.Exists(root) && Directory.EnumerateDirectories(root).Any(d => IsFanOut(Path.GetFileName(d)));
    }

    public string Root { get; }

    public string SegmentsFolder => Path.Combine(Root, "segments");

    /// <summary>Answers found on disk when the cache opened.</summary>
    public int Count => index.Count;

    /// <summary>Answers that could not be stored; final once the writes are completed.</summary>
    public int WriteFailures => writer.Failures;

    public CachedAnswer? TryGet(string key)
    {
        if (recent.TryGetValue(key, out var answer))
        {
            return answer;
        }

        if (index.TryFind(key, out var entry) && index.ReadLine(entry) is { } line && CacheRecord.Read(line, key) is { } stored)
        {
            return stored;
        }

        return legacy ? ReadLegacy(key) : null;
    }

    /// <summary>Queues the answer for the disk; it is served by <see cref="TryGet"/> at once.</summary>
    public void Put(CachedAnswer answer)
    {
        recent[answer.Key] = answer;
        writer.Append(answer);
    }

    /// <summary>Completes when every answer put so far is on the disk.</summary>
    public Task FlushAsync() => writer.FlushAsync();

    /// <summary>Where the answer to <paramref name="key"/> is stored, or null when it is not cached.</summary>
    public CacheLocation? Locate(string key) =>
        index.TryFind(key, out var entry) ? new CacheLocation(index.Segments[entry.Segment], entry.Line)
        : legacy && File.Exists(LegacyPath(key)) ? new CacheLocation(LegacyPath(key), 1)
        : null;

    public async ValueTask DisposeAsync()
    {
        await writer.CompleteAsync().ConfigureAwait(false);
        index.Dispose();
    }

    /// <summary>For callers that only read (nothing queued, so nothing to wait for).</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    string LegacyPath(string key) => Path.Combine(Root, key[..2], key[2..4], key + ".json");

    CachedAnswer? ReadLegacy(string key)
    {
        try
        {
            var path = LegacyPath(key);
            // An answer is stored only after passing AnswerSizeLimit; anything else at this path is not one of ours.
            return File.Exists(path) && InputFile.NotRegular(path) is null && InputFile.Length(path) <= 4 * AnswerSizeLimit.MaxAnswerBytes
                ? CacheRecord.Read(File.ReadAllBytes(path), key)
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    static bool IsFanOut(string name) => name.Length == 2 && name.All(char.IsAsciiHexDigitLower);
}
