using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Import;

namespace JudgeEval.Benchmarks;

/// <summary>
/// Throughput of the project's own judgment formats: the same 1,000,000 rows (nine judges, 2% missing verdicts with
/// a reason) written once as jsonl and as csv, then read through <see cref="Importers.Import"/> as judgments.
/// Each operation is one row (OperationsPerInvoke), so Mean is the time per row, Op/s is rows per second and
/// Allocated is bytes per row.
/// </summary>
[MemoryDiagnoser]
[OperationsPerSecond]
public class ImporterBenchmarks
{
    const int Rows = 1_000_000;

    string folder = "";
    SourceSpec jsonl = null!;
    SourceSpec csv = null!;

    [GlobalSetup]
    public void Setup()
    {
        folder = Path.Combine(Path.GetTempPath(), "judgeeval-bench-import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var random = new Random(20_261_201);
        var json = new StringBuilder();
        var table = new StringBuilder("id,judge,score,reason\n");
        for (var r = 0; r < Rows; r++)
        {
            var id = "q" + (r / 9 % 1000).ToString(CultureInfo.InvariantCulture) + "/d" + (r / 9).ToString(CultureInfo.InvariantCulture);
            var judge = "j" + (r % 9).ToString(CultureInfo.InvariantCulture);
            if (random.NextDouble() < 0.02)
            {
                json.Append(CultureInfo.InvariantCulture, $$"""{"id":"{{id}}","judge":"{{judge}}","score":null,"reason":"refused"}""").Append('\n');
                table.Append(CultureInfo.InvariantCulture, $"{id},{judge},,refused\n");
            }
            else
            {
                var score = random.Next(4);
                json.Append(CultureInfo.InvariantCulture, $$"""{"id":"{{id}}","judge":"{{judge}}","score":{{score}}}""").Append('\n');
                table.Append(CultureInfo.InvariantCulture, $"{id},{judge},{score},\n");
            }
        }

        jsonl = Source(Write("judgments.jsonl", json), "jsonl");
        csv = Source(Write("judgments.csv", table), "csv");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    [Benchmark(Baseline = true, OperationsPerInvoke = Rows)]
    public int Jsonl() => Read(jsonl);

    [Benchmark(OperationsPerInvoke = Rows)]
    public int Csv() => Read(csv);

    /// <summary>The number of judgments read, checked so a broken importer cannot look fast.</summary>
    static int Read(SourceSpec source)
    {
        var result = Importers.Import(source, DataRole.Judgments, TaskKind.Pointwise);
        var count = result.Judgments.Values.Sum(j => j.Count);
        return count == Rows && result.Diagnostics.Count == 0
            ? count
            : throw new InvalidOperationException($"{source.Format}: {count} judgments, first problem: {(result.Diagnostics.Count > 0 ? result.Diagnostics[0].ToCanonicalString() : "none")}");
    }

    string Write(string name, StringBuilder content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content.ToString());
        return path;
    }

    SourceSpec Source(string path, string format) => new()
    {
        Path = path,
        Format = format,
        BaseDirectory = folder,
        DeclaredAt = SourceLocation.At(Path.Combine(folder, "judgeeval.yaml"), 1, 1),
    };
}
