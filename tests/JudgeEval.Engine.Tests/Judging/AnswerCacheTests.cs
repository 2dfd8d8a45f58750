using JudgeEval.Engine.Judging;

namespace JudgeEval.Engine.Tests.Judging;

/// <summary>Atomic writes: many concurrent writers of one key leave one whole, readable file and no temp files.</summary>
public sealed class AnswerCacheTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("judgeeval-cache-").FullName;

    [Fact]
    public async Task Concurrent_writers_of_one_key_leave_one_valid_file()
    {
        var cache = new AnswerCache(folder);
        var key = new string('a', 64);

        var writes = await Task.WhenAll(Enumerable.Range(0, 32).Select(i => Task.Run(() => cache.TryPut(new CachedAnswer { Key = key, Content = $"answer {i % 2}" }))));

        Assert.All(writes, Assert.True);
        var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories);
        Assert.Equal([Path.Combine(folder, "aa", "aa", key + ".json")], files);
        Assert.StartsWith("answer ", cache.TryGet(key)!.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_file_is_a_miss()
    {
        var cache = new AnswerCache(folder);
        var key = new string('b', 64);
        Directory.CreateDirectory(Path.GetDirectoryName(cache.PathOf(key))!);
        File.WriteAllText(cache.PathOf(key), "{ not json");

        Assert.Null(cache.TryGet(key));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
