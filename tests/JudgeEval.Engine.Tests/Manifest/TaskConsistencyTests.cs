namespace JudgeEval.Engine.Tests.Manifest;

/// <summary>Task settings that contradict each other or the scale.</summary>
public sealed class TaskConsistencyTests : IDisposable
{
    readonly ManifestFolder folder = new();

    static string Task(string task) =>
        ManifestFolder.Minimal.Replace("task:\n  kind: pointwise\n  scale: { min: 0, max: 3 }", "task:\n" + task, StringComparison.Ordinal);

    [Fact]
    public void Scale_on_a_pairwise_task() => At.Is(4, 3, folder.Error(Task("  kind: pairwise\n  scale: { min: 0, max: 3 }"), "JE0021").Location);

    [Fact]
    public void Pointwise_needs_a_scale() => At.Is(2, 1, folder.Error(Task("  kind: pointwise"), "JE0006").Location);

    [Fact]
    public void Scale_min_must_be_below_max() => At.Is(4, 10, folder.Error(Task("  kind: pointwise\n  scale: { min: 3, max: 3 }"), "JE0009").Location);

    [Fact]
    public void Pass_threshold_outside_the_scale() =>
        At.Is(5, 18, folder.Error(Task("  kind: pointwise\n  scale: { min: 0, max: 3 }\n  passThreshold: 4"), "JE0009").Location);

    [Fact]
    public void Custom_weighting_needs_weights() =>
        At.Is(5, 14, folder.Error(Task("  kind: pointwise\n  scale: { min: 0, max: 1 }\n  weighting: custom"), "JE0021").Location);

    [Fact]
    public void Weights_need_custom_weighting() =>
        At.Is(5, 3, folder.Error(Task("  kind: pointwise\n  scale: { min: 0, max: 1 }\n  weights: [[1, 0], [0, 1]]"), "JE0021").Location);

    [Fact]
    public void Weights_must_match_the_scale() =>
        Assert.Contains("2 rows", folder.Error(Task("  kind: pointwise\n  scale: { min: 0, max: 1 }\n  weighting: custom\n  weights: [[1, 0, 0], [0, 1, 0], [0, 0, 1]]"), "JE0009").Message, StringComparison.Ordinal);

    [Fact]
    public void Weights_diagonal_is_one() =>
        At.Is(6, 25, folder.Error(Task("  kind: pointwise\n  scale: { min: 0, max: 1 }\n  weighting: custom\n  weights: [[1, 0], [0, 0.5]]"), "JE0009").Location);

    [Fact]
    public void Pairwise_custom_weights_are_3_by_3()
    {
        var m = folder.Valid(Task("  kind: pairwise\n  weighting: custom\n  weights: [[1, 0.5, 0], [0.5, 1, 0.5], [0, 0.5, 1]]"));

        Assert.Equal(3, m.Task.Weights!.Length);
    }

    [Fact]
    public void Retrieval_needs_a_pointwise_task() =>
        At.Is(4, 3, folder.Error(Task("  kind: pairwise\n  retrieval: { k: 10 }"), "JE0021").Location);

    [Fact]
    public void Qrels_ideal_needs_human_labels() =>
        At.Is(5, 3, folder.Error(Task("  kind: pointwise\n  scale: { min: 0, max: 3 }\n  retrieval: { ideal: qrels }"), "JE0021").Location);

    [Fact]
    public void Weighted_ensemble_needs_human_labels() =>
        At.Is(12, 23, folder.Error(
            ManifestFolder.Minimal + "\n  - { id: b, model: m-b, judgments: { path: b.jsonl, format: jsonl } }\nensembles:\n  - { id: ab, method: weighted, members: [a, b] }\n",
            "JE0021").Location);

    public void Dispose() => folder.Dispose();
}
