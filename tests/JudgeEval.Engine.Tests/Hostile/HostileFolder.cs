using System.Text;

namespace JudgeEval.Engine.Tests.Hostile;

/// <summary>A temp folder for one hostile run: the manifest, its data and the run's outputs; removed afterwards.</summary>
sealed class HostileFolder : IDisposable
{
    /// <summary>The manifest every generated case starts from; `{items}` is replaced by the items source.</summary>
    public const string Manifest = """
        version: 1
        product: { model: gpt-4o }
        task: { kind: pointwise, scale: { min: 0, max: 3 }, passThreshold: 2 }
        items: {items}
        judges:
          - id: claude
            model: claude-3-5-haiku
            judgments: { path: judge.jsonl, format: jsonl }

        """;

    public HostileFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "judgeeval-hostile-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public static HostileFolder CopyOf(string from)
    {
        var folder = new HostileFolder();
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, folder.Full(System.IO.Path.GetFileName(file)));
        }

        return folder;
    }

    /// <summary>The generated cases' manifest and small data, with the items read from <paramref name="itemsSource"/>.</summary>
    public static HostileFolder WithManifest(string itemsSource = "{ path: items.jsonl, format: jsonl }")
    {
        var folder = new HostileFolder();
        folder.Write("judgeeval.yaml", Manifest.Replace("{items}", itemsSource, StringComparison.Ordinal));
        folder.Write("items.jsonl", "{\"id\": \"a\", \"text\": \"first\"}\n{\"id\": \"b\", \"text\": \"second\"}\n");
        folder.Write("judge.jsonl", "{\"id\": \"a\", \"score\": 1}\n{\"id\": \"b\", \"score\": 2}\n");
        return folder;
    }

    public string Full(string relative) => System.IO.Path.Combine(Path, relative);

    public string Write(string relative, string text) => WriteBytes(relative, Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string relative, byte[] bytes)
    {
        var path = Full(relative);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>A sparse file: its length is <paramref name="length"/>, it takes no disk space and reads as zero bytes.</summary>
    public string Sparse(string relative, long length, string head = "")
    {
        var path = Write(relative, head);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
        stream.SetLength(length);
        return path;
    }

    public EngineProcess Run(params string[] args) => EngineProcess.Run(Path, TimeSpan.FromSeconds(120), args);

    public EngineProcess RunManifest(string manifest = "judgeeval.yaml") => Run("run", manifest, "--out", "out");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A FIFO or a link left behind in /tmp is harmless; the test's result is what matters.
        }
    }
}
