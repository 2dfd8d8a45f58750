using System.Text;
using JudgeEval.Engine.IO;

namespace JudgeEval.Engine.Tests.IO;

/// <summary>Whole-file writes: the new content or the old, never half of either, and no temp file left behind.</summary>
public sealed class AtomicFileTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("judgeeval-atomic-").FullName;

    [Fact]
    public void Writes_the_text_as_utf8_without_bom_creating_the_folder()
    {
        var path = Path.Combine(folder, "obj", "judgeeval", "results.json");

        AtomicFile.WriteAllText(path, "héllo\n");

        Assert.Equal(new UTF8Encoding(false).GetBytes("héllo\n"), File.ReadAllBytes(path));
    }

    [Fact]
    public void Replaces_an_existing_file_and_leaves_no_temp_file()
    {
        var path = Path.Combine(folder, "report.html");
        File.WriteAllText(path, "a much longer old content than the new one");

        AtomicFile.WriteAllText(path, "new");

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder));
    }

    [Fact]
    public void Writes_piecewise_content()
    {
        var path = Path.Combine(folder, "diagnostics.tsv");

        AtomicFile.Write(path, w =>
        {
            w.Write("line 1\n");
            w.Write("line 2\n");
        });

        Assert.Equal("line 1\nline 2\n", File.ReadAllText(path));
    }

    [Fact]
    public void A_failing_write_leaves_the_old_file_intact_and_no_temp_file()
    {
        var path = Path.Combine(folder, "results.json");
        File.WriteAllText(path, "old");

        var e = Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, w =>
        {
            w.Write("half of the new");
            throw new InvalidOperationException("interrupted");
        }));

        Assert.Equal("interrupted", e.Message);
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder));
    }

    [Fact]
    public void A_failing_rename_leaves_the_target_and_no_temp_file()
    {
        // A folder in the target's place: the content is written, the rename over it fails.
        var path = Path.Combine(folder, "judgeeval.sarif");
        Directory.CreateDirectory(path);
        File.WriteAllText(Path.Combine(path, "inside"), "kept");

        Assert.ThrowsAny<IOException>(() => AtomicFile.WriteAllText(path, "new"));

        Assert.Empty(Directory.GetFiles(folder));
        Assert.Equal("kept", File.ReadAllText(Path.Combine(path, "inside")));
    }

    [Fact]
    public async Task Concurrent_writers_of_one_file_leave_one_whole_version()
    {
        var path = Path.Combine(folder, "answer.json");
        var versions = Enumerable.Range(0, 16).Select(i => new string((char)('a' + i), 10_000)).ToList();

        await Task.WhenAll(versions.Select(v => Task.Run(() => AtomicFile.WriteAllText(path, v))));

        Assert.Contains(await File.ReadAllTextAsync(path), versions);
        Assert.Equal([path], Directory.GetFiles(folder));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
