using System.Globalization;
using JudgeEval.Engine.Catalog;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Manifest;

namespace JudgeEval.Benchmarks;

/// <summary>
/// A seeded synthetic pointwise 0-3 eval shaped like the TREC RAG 2024 sample: nine judges that copy the human grade
/// with their own accuracy (otherwise off by one, or a random grade), 2% missing verdicts, items of 1,000 queries
/// produced by four models, and a median ensemble of all nine. The manifest is parsed from YAML like a real one.
/// </summary>
sealed class SyntheticAudit : IDisposable
{
    public const int Judges = 9;

    static readonly string[] JudgeModels =
        ["claude-opus-4.7", "claude-sonnet-4.6", "gpt-5.5", "gpt-4o", "gemini-3.1-pro", "gemini-2.5-pro", "deepseek-v4-pro", "qwen-3.6-plus", "gemma-4-26b"];

    static readonly string[] ProductModels = ["gpt-4o", "claude-3.5-sonnet", "llama-3.1-8b-instruct", "gemini-2.5-pro"];

    readonly string folder;

    SyntheticAudit(string folder, EvalManifest manifest, EvalDataset data)
    {
        this.folder = folder;
        Manifest = manifest;
        Data = data;
    }

    public EvalManifest Manifest { get; }

    public EvalDataset Data { get; }

    public static ModelCatalog Catalog => ModelCatalog.BuiltIn;

    public static SyntheticAudit Create(int items, int resamples, int seed = 20_261_201)
    {
        var folder = Path.Combine(Path.GetTempPath(), "judgeeval-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var manifest = ParseManifest(folder, resamples);
        var (dataset, diagnostics) = DatasetBuilder.Build(Input(manifest, items, seed));
        if (dataset is null)
        {
            throw new InvalidOperationException("Synthetic dataset rejected: " + string.Join(" | ", diagnostics.Select(d => d.ToCanonicalString())));
        }

        return new SyntheticAudit(folder, manifest, dataset);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>
    /// Writes the same eval as files for the CLI: judgeeval.yaml, items.jsonl (items and human labels) and one
    /// jsonl of judgments per judge (j0.jsonl ... j8.jsonl), rows in item order; the data are those <see cref="Create"/>
    /// builds in memory with the same arguments.
    /// </summary>
    public static void WriteFiles(string folder, int items, int resamples, int seed = 20_261_201)
    {
        Directory.CreateDirectory(folder);
        var rows = Rows.Generate(items, seed);
        using (var writer = Writer(Path.Combine(folder, "items.jsonl")))
        {
            for (var i = 0; i < items; i++)
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $$"""{"id":"{{rows.Ids[i]}}","queryId":"{{rows.QueryIds[i]}}","model":"{{rows.Models[i]}}","label":{{rows.Labels[i]}}}"""));
                writer.Write('\n');
            }
        }

        for (var j = 0; j < Judges; j++)
        {
            using var writer = Writer(Path.Combine(folder, $"j{j}.jsonl"));
            var verdicts = rows.Verdicts[j];
            for (var i = 0; i < items; i++)
            {
                writer.Write(verdicts[i] is { } v
                    ? string.Create(CultureInfo.InvariantCulture, $$"""{"id":"{{rows.Ids[i]}}","score":{{v}}}""")
                    : $$"""{"id":"{{rows.Ids[i]}}","score":null,"reason":"unparseable"}""");
                writer.Write('\n');
            }
        }

        File.WriteAllText(Path.Combine(folder, "judgeeval.yaml"), ManifestYaml(resamples, j => $"j{j}.jsonl"));
    }

    static StreamWriter Writer(string path) => new(path, append: false, new System.Text.UTF8Encoding(false), bufferSize: 1 << 20);

    static EvalManifest ParseManifest(string folder, int resamples)
    {
        // The loader checks that every referenced file exists; the data themselves are built in memory.
        File.WriteAllText(Path.Combine(folder, "items.jsonl"), "{}\n");
        var yaml = ManifestYaml(resamples, _ => "items.jsonl");
        var loaded = ManifestLoader.Parse(yaml, Path.Combine(folder, "judgeeval.yaml"));
        return loaded.Manifest
            ?? throw new InvalidOperationException("Synthetic manifest rejected: " + string.Join(" | ", loaded.Diagnostics.Select(d => d.ToCanonicalString())));
    }

    static string ManifestYaml(int resamples, Func<int, string> judgmentsPath)
    {
        var judges = string.Concat(Enumerable.Range(0, Judges).Select(j => $"""

              - id: j{j}
                model: {JudgeModels[j]}
                judgments: {"{"} path: {judgmentsPath(j)}, format: jsonl {"}"}
            """));
        var members = string.Join(", ", Enumerable.Range(0, Judges).Select(j => $"j{j}"));
        return $"""
            version: 1
            name: synthetic 9-judge audit
            task:
              kind: pointwise
              scale: {"{"} min: 0, max: 3 {"}"}
              passThreshold: 2
              weighting: quadratic
            items: {"{"} path: items.jsonl, format: jsonl {"}"}
            humanLabels: {"{"} path: items.jsonl, format: jsonl, labeledOn: 2026-11-01 {"}"}
            judges:{judges}
            ensembles:
              - id: median-all
                method: median
                members: [{members}]
            bootstrap:
              resamples: {resamples.ToString(CultureInfo.InvariantCulture)}
              seed: 7
            review:
              top: 20

            """;
    }

    static DatasetInput Input(EvalManifest manifest, int count, int seed)
    {
        var rows = Rows.Generate(count, seed);
        var items = new EvalItem[count];
        var labels = new HumanLabel[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = new EvalItem { Id = rows.Ids[i], QueryId = rows.QueryIds[i], Model = rows.Models[i] };
            labels[i] = new HumanLabel { ItemId = rows.Ids[i], Score = rows.Labels[i] };
        }

        var judges = new JudgeInput[Judges];
        for (var j = 0; j < Judges; j++)
        {
            var verdicts = rows.Verdicts[j];
            var judgments = new Judgment[count];
            for (var i = 0; i < count; i++)
            {
                judgments[i] = verdicts[i] is { } v
                    ? new Judgment { ItemId = items[i].Id, Score = v }
                    : new Judgment { ItemId = items[i].Id, MissingReason = "unparseable" };
            }

            judges[j] = new JudgeInput(manifest.Judges[j].Id, judgments, manifest.Judges[j].At);
        }

        return new DatasetInput
        {
            Scale = manifest.Task.Scale,
            Items = items,
            ItemsAt = manifest.ItemsAt,
            Labels = labels,
            LabelsAt = manifest.HumanLabelsAt,
            LabeledOn = manifest.LabeledOn,
            Judges = judges,
        };
    }

    /// <summary>The drawn eval as plain arrays: one random stream (items and labels first, then judge by judge), so memory and files hold the same data.</summary>
    sealed record Rows(string[] Ids, string[] QueryIds, string[] Models, double[] Labels, double?[][] Verdicts)
    {
        public static Rows Generate(int count, int seed)
        {
            var random = new Random(seed);
            var ids = new string[count];
            var queries = new string[count];
            var models = new string[count];
            var labels = new double[count];
            for (var i = 0; i < count; i++)
            {
                queries[i] = "q" + (i % 1000).ToString(CultureInfo.InvariantCulture);
                ids[i] = queries[i] + "/d" + i.ToString(CultureInfo.InvariantCulture);
                models[i] = ProductModels[i % ProductModels.Length];
                labels[i] = Grade(random);
            }

            var verdicts = new double?[Judges][];
            for (var j = 0; j < Judges; j++)
            {
                var accuracy = 0.55 + (0.04 * j);
                verdicts[j] = new double?[count];
                for (var i = 0; i < count; i++)
                {
                    verdicts[j][i] = random.NextDouble() < 0.02 ? null : Verdict(random, labels[i], accuracy);
                }
            }

            return new Rows(ids, queries, models, labels, verdicts);
        }
    }

    /// <summary>Skewed towards 0 like relevance labels: 40% / 30% / 20% / 10%.</summary>
    static double Grade(Random random) => random.NextDouble() switch
    {
        < 0.4 => 0,
        < 0.7 => 1,
        < 0.9 => 2,
        _ => 3,
    };

    static double Verdict(Random random, double human, double accuracy)
    {
        var u = random.NextDouble();
        if (u < accuracy)
        {
            return human;
        }

        if (u < accuracy + ((1 - accuracy) * 0.7))
        {
            var step = random.Next(2) == 0 ? -1 : 1;
            return Math.Clamp(human + step, 0, 3);
        }

        return random.Next(4);
    }
}
