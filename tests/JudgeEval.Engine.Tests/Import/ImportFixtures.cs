using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Import;

namespace JudgeEval.Engine.Tests.Import;

/// <summary>Source specs for the sample data and for small files written to a temp folder.</summary>
static class ImportFixtures
{
    public static readonly SourceLocation DeclaredAt = SourceLocation.At("judgeeval.yaml", 12, 3);
    public static readonly SourceLocation KeyAt = SourceLocation.At("judgeeval.yaml", 14, 10);

    public static string SampleData { get; } = Path.Combine(RepoRoot.Path, "samples", "data");

    public static string RagEval(string relative) => Path.Combine(SampleData, "rag-eval-llm-judge", relative);

    public static string MtBench(string relative) => Path.Combine(SampleData, "llmbar", "Dataset", "Processed", "MT-Bench", relative);

    public static SourceSpec Spec(string path, string format, params (string Name, string Value)[] options) => new()
    {
        Path = path,
        Format = format,
        BaseDirectory = Path.GetDirectoryName(path)!,
        Options = options.ToDictionary(o => o.Name, o => o.Value, StringComparer.Ordinal),
        OptionsAt = options.ToDictionary(o => o.Name, _ => KeyAt, StringComparer.Ordinal),
        DeclaredAt = DeclaredAt,
    };

    public static ImportResult Read(SourceSpec spec, DataRole role, TaskKind kind = TaskKind.Pointwise) => Importers.Import(spec, role, kind);

    /// <summary>The jsonl line with <paramref name="property"/> (", name: value") before its first closing brace, if it has one.</summary>
    public static string WithProperty(string line, string property)
    {
        var brace = line.IndexOf('}', StringComparison.Ordinal);
        return brace < 0 ? line : line[..brace] + property + line[brace..];
    }

    /// <summary>A problem by code, message and line, for comparing two reads; where malformed JSON breaks off moves with an added property.</summary>
    public static (string, string, int?) Problem(Diagnostic d) =>
        (d.Code, d.Code == "JE0053" ? d.Message[..d.Message.IndexOf(':', StringComparison.Ordinal)] : d.Message, d.Location?.Line);

    /// <summary>Imports and asserts the source produced no diagnostics at all.</summary>
    public static ImportResult ImportClean(SourceSpec spec, DataRole role, TaskKind kind = TaskKind.Pointwise)
    {
        var result = Importers.Import(spec, role, kind);
        Assert.Empty(result.Diagnostics.Select(d => d.ToCanonicalString()));
        return result;
    }
}

/// <summary>A temp folder deleted after the test.</summary>
sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("judgeeval-import-").FullName;

    public string Write(string name, string content)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
