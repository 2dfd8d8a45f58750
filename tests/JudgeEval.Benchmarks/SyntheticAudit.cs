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

    static EvalManifest ParseManifest(string folder, int resamples)
    {
        // The loader checks that every referenced file exists; the data themselves are built in memory.
        File.WriteAllText(Path.Combine(folder, "items.jsonl"), "{}\n");
        var judges = string.Concat(Enumerable.Range(0, Judges).Select(j => $"""

              - id: j{j}
                model: {JudgeModels[j]}
                judgments: {"{"} path: items.jsonl, format: jsonl {"}"}
            """));
        var members = string.Join(", ", Enumerable.Range(0, Judges).Select(j => $"j{j}"));
        var yaml = $"""
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
        var loaded = ManifestLoader.Parse(yaml, Path.Combine(folder, "judgeeval.yaml"));
        return loaded.Manifest
            ?? throw new InvalidOperationException("Synthetic manifest rejected: " + string.Join(" | ", loaded.Diagnostics.Select(d => d.ToCanonicalString())));
    }

    static DatasetInput Input(EvalManifest manifest, int count, int seed)
    {
        var random = new Random(seed);
        var items = new EvalItem[count];
        var labels = new HumanLabel[count];
        for (var i = 0; i < count; i++)
        {
            var id = "q" + (i % 1000).ToString(CultureInfo.InvariantCulture) + "/d" + i.ToString(CultureInfo.InvariantCulture);
            items[i] = new EvalItem { Id = id, QueryId = "q" + (i % 1000).ToString(CultureInfo.InvariantCulture), Model = ProductModels[i % ProductModels.Length] };
            labels[i] = new HumanLabel { ItemId = id, Score = Grade(random) };
        }

        var judges = new JudgeInput[Judges];
        for (var j = 0; j < Judges; j++)
        {
            var accuracy = 0.55 + (0.04 * j);
            var judgments = new Judgment[count];
            for (var i = 0; i < count; i++)
            {
                judgments[i] = random.NextDouble() < 0.02
                    ? new Judgment { ItemId = items[i].Id, MissingReason = "unparseable" }
                    : new Judgment { ItemId = items[i].Id, Score = Verdict(random, labels[i].Score, accuracy) };
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
