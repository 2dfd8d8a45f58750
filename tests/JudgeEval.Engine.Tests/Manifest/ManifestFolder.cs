using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Manifest;

namespace JudgeEval.Engine.Tests.Manifest;

/// <summary>A temp folder with small data files beside a manifest, so file-existence checks run for real.</summary>
sealed class ManifestFolder : IDisposable
{
    public const string Minimal = """
        version: 1
        task:
          kind: pointwise
          scale: { min: 0, max: 3 }
        items: { path: items.jsonl, format: jsonl }
        judges:
          - id: a
            model: gpt-4o
            judgments: { path: a.jsonl, format: jsonl }
        """;

    public ManifestFolder()
    {
        Dir = Path.Combine(Path.GetTempPath(), "judgeeval-manifest-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Dir);
        foreach (var file in new[] { "items.jsonl", "labels.jsonl", "a.jsonl", "b.jsonl", "c.jsonl", "qrels.txt", "ids.csv", "judges.json", "prompt.txt" })
        {
            Write(file, "{}\n");
        }
    }

    public string Dir { get; }

    public string ManifestPath => Path.Combine(Dir, "judgeeval.yaml");

    public string Write(string relative, string content)
    {
        var path = Path.Combine(Dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public string Full(string relative) => Path.GetFullPath(Path.Combine(Dir, relative));

    public ManifestLoadResult Parse(string yaml) => ManifestLoader.Parse(yaml, ManifestPath);

    /// <summary>The manifest is rejected with exactly one diagnostic of that code; returns it.</summary>
    public Diagnostic Error(string yaml, string code)
    {
        var result = Parse(yaml);
        Assert.Null(result.Manifest);
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToArray();
        Assert.True(errors.Length == 1, "expected one error, got: " + string.Join(" | ", errors.Select(d => d.ToCanonicalString())));
        Assert.Equal(code, errors[0].Code);
        Assert.Equal(ManifestPath, errors[0].Location?.File);
        return errors[0];
    }

    public EvalManifest Valid(string yaml)
    {
        var result = Parse(yaml);
        Assert.True(result.Manifest is not null, string.Join(" | ", result.Diagnostics.Select(d => d.ToCanonicalString())));
        return result.Manifest!;
    }

    public void Dispose() => Directory.Delete(Dir, recursive: true);
}
