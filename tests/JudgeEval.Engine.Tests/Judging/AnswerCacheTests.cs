using System.Text;
using JudgeEval.Engine.Judging;

namespace JudgeEval.Engine.Tests.Judging;

/// <summary>
/// Segments: answers appended by a background writer, read back through the index the next cache builds; a torn or
/// foreign line is a miss, several writers never share a file, and caches of the one-file-per-answer layout still serve.
/// </summary>
public sealed class AnswerCacheTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("judgeeval-cache-").FullName;

    static string Key(char c) => new(c, 64);

    [Fact]
    public async Task Answers_put_are_served_at_once_and_by_the_next_cache()
    {
        await using (var cache = new AnswerCache(folder))
        {
            cache.Put(new CachedAnswer { Key = Key('a'), Content = "line one\nline two \u2028 ünïcode", InputTokens = 3, OutputTokens = 4, FinishReason = "Stop", Model = "m" });
            cache.Put(new CachedAnswer { Key = Key('b'), Refusal = "no" });
            Assert.Equal("no", cache.TryGet(Key('b'))!.Refusal);
        }

        using var next = new AnswerCache(folder);
        Assert.Equal(2, next.Count);
        Assert.Equal(
            new CachedAnswer { Key = Key('a'), Content = "line one\nline two \u2028 ünïcode", InputTokens = 3, OutputTokens = 4, FinishReason = "Stop", Model = "m" },
            next.TryGet(Key('a')));
        Assert.Null(next.TryGet(Key('c')));
        var segment = Assert.Single(Directory.GetFiles(next.SegmentsFolder));
        Assert.Equal(2, (await File.ReadAllLinesAsync(segment)).Length);
        Assert.Equal(new CacheLocation(segment, 2), next.Locate(Key('b')));
    }

    [Fact]
    public async Task Concurrent_caches_write_separate_segments_and_the_later_answer_wins()
    {
        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            await using var cache = new AnswerCache(folder);
            for (var n = 0; n < 100; n++)
            {
                cache.Put(new CachedAnswer { Key = Key((char)('0' + (n % 10))), Content = $"writer {i}" });
            }
        })));

        Assert.Equal(8, Directory.GetFiles(Path.Combine(folder, "segments")).Length);
        using var read = new AnswerCache(folder);
        Assert.Equal(10, read.Count);
        var newest = Directory.GetFiles(Path.Combine(folder, "segments")).Order(StringComparer.Ordinal).Last();
        Assert.Equal((await File.ReadAllLinesAsync(newest)).Select(l => l[(l.IndexOf("\"content\":", StringComparison.Ordinal) + 11)..].Split('"')[0]).Distinct(), [read.TryGet(Key('0'))!.Content]);
    }

    [Fact]
    public async Task A_torn_tail_and_foreign_lines_are_misses_and_the_rest_is_served()
    {
        await using (var cache = new AnswerCache(folder))
        {
            cache.Put(new CachedAnswer { Key = Key('a'), Content = "kept" });
            cache.Put(new CachedAnswer { Key = Key('b'), Content = "torn" });
        }

        var segment = Directory.GetFiles(Path.Combine(folder, "segments")).Single();
        var lines = await File.ReadAllLinesAsync(segment);
        // A crash mid-append: the last record lost its end; a foreign line and a record with a bad key sit before it.
        await File.WriteAllTextAsync(segment, lines[0] + "\n{ not json\n" + """{"key":"XYZ","content":"bad key"}""" + "\n" + lines[1][..^5], new UTF8Encoding(false));

        using var read = new AnswerCache(folder);
        Assert.Equal("kept", read.TryGet(Key('a'))!.Content);
        Assert.Null(read.TryGet(Key('b')));
        Assert.Equal(1, read.Count);
    }

    [Fact]
    public void The_one_file_per_answer_layout_is_still_read()
    {
        var key = Key('d');
        var legacy = Path.Combine(folder, "dd", "dd", key + ".json");
        Directory.CreateDirectory(Path.GetDirectoryName(legacy)!);
        File.WriteAllText(legacy, $$"""
            {
              "key": "{{key}}",
              "content": "old",
              "refusal": null,
              "finishReason": "Stop",
              "inputTokens": 5,
              "outputTokens": 6,
              "model": "m"
            }
            """);

        using var cache = new AnswerCache(folder);

        Assert.Equal(new CachedAnswer { Key = key, Content = "old", FinishReason = "Stop", InputTokens = 5, OutputTokens = 6, Model = "m" }, cache.TryGet(key));
        Assert.Equal(new CacheLocation(legacy, 1), cache.Locate(key));
    }

    [Fact]
    public async Task An_unwritable_folder_counts_every_answer_it_could_not_store()
    {
        var blocked = Path.Combine(folder, "file");
        await File.WriteAllTextAsync(blocked, "a file where the cache folder should be");
        var cache = new AnswerCache(blocked);
        cache.Put(new CachedAnswer { Key = Key('a'), Content = "x" });
        cache.Put(new CachedAnswer { Key = Key('b'), Content = "y" });
        await cache.FlushAsync();

        Assert.Equal(2, cache.WriteFailures);
        Assert.Equal("x", cache.TryGet(Key('a'))!.Content);
        await cache.DisposeAsync();
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
