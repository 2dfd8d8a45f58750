using JudgeEval.Engine.Statistics.Agreement;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Manifest;

namespace JudgeEval.Engine.Tests.Manifest;

/// <summary>The minimal manifest gets the defaults documented in docs/manifest.md.</summary>
public sealed class DefaultsTests : IDisposable
{
    readonly ManifestFolder folder = new();

    [Fact]
    public void Minimal_manifest_gets_documented_defaults()
    {
        var m = folder.Valid(ManifestFolder.Minimal);

        Assert.Null(m.Name);
        Assert.Null(m.Product);
        Assert.Empty(m.HumanLabels);
        Assert.Null(m.HumanLabelsAt);
        Assert.Null(m.LabeledOn);
        Assert.Empty(m.Ensembles);
        Assert.Null(m.Routing);
        Assert.Empty(m.Endpoints);
        Assert.Empty(m.Prices);
        var t = m.Thresholds;
        Assert.Equal(
            (0.75, 0.60, 0.85, 500d, 92d, 0.90, 1.5, 0.95),
            (t.Get(ThresholdTable.KappaWarn).Value, t.Get(ThresholdTable.KappaFail).Value, t.Get(ThresholdTable.F1Min).Value, t.Get(ThresholdTable.MinCalibrationItems).Value, t.Get(ThresholdTable.MaxLabelAgeDays).Value, t.Get(ThresholdTable.PositionConsistencyMin).Value, t.Get(ThresholdTable.MetricSpreadMax).Value, t.Get(ThresholdTable.CoverageMin).Value));
        Assert.Null(t.Optional(ThresholdTable.ProductScoreMin));
        Assert.False(t.IsOn(ThresholdTable.GateOnLowerBound));
        Assert.False(t.Get(ThresholdTable.KappaWarn).IsSet);
        At.Is(1, 1, t.Get(ThresholdTable.KappaWarn).At);
        Assert.Equal((2000, 1, BootstrapUnit.Item), (m.Bootstrap.Resamples, m.Bootstrap.Seed, m.Bootstrap.Unit));
        Assert.Equal(20, m.Review.Top);
        Assert.Equal((null, null), (m.Cache.Path, m.Cache.Offline));
    }

    [Theory]
    [InlineData(0, 3, 2.0, KappaWeighting.Quadratic)] // midpoint 1.5 rounded up
    [InlineData(1, 5, 3.0, KappaWeighting.Quadratic)]
    [InlineData(0, 1, 1.0, KappaWeighting.Unweighted)] // two grades: weighting makes no difference, unweighted
    public void Pass_threshold_and_weighting_default_from_the_scale(int min, int max, double pass, KappaWeighting weighting)
    {
        var m = folder.Valid(ManifestFolder.Minimal.Replace("{ min: 0, max: 3 }", $"{{ min: {min}, max: {max} }}", StringComparison.Ordinal));

        Assert.Equal((pass, weighting), (m.Task.PassThreshold, m.Task.Weighting));
        At.Is(2, 1, m.Task.PassThresholdAt);
    }

    [Fact]
    public void Pairwise_uses_the_preference_scale_and_unweighted_kappa()
    {
        var m = folder.Valid(ManifestFolder.Minimal.Replace("kind: pointwise\n  scale: { min: 0, max: 3 }", "kind: pairwise", StringComparison.Ordinal));

        Assert.Equal((Scale.Pairwise, 1.5, KappaWeighting.Unweighted), (m.Task.Scale, m.Task.PassThreshold, m.Task.Weighting));
    }

    [Fact]
    public void Null_human_labels_mean_none()
    {
        var m = folder.Valid(ManifestFolder.Minimal + "\nhumanLabels: null\n");

        Assert.Empty(m.HumanLabels);
        Assert.Null(m.HumanLabelsAt);
    }

    [Fact]
    public void Live_judge_defaults_to_the_task_prompt_and_one_sample()
    {
        var m = folder.Valid("""
            version: 1
            task: { kind: pairwise }
            items: { path: items.jsonl, format: jsonl }
            endpoints:
              - { id: local, baseUrl: "http://127.0.0.1:1/v1", apiKeyEnv: KEY }
            judges:
              - { id: a, model: gpt-4o, endpoint: local }
            """);

        var live = m.Judges[0].Live!;
        Assert.Equal(("pairwise", 1, 0d, (int?)null, (string?)null), (live.Prompt, live.Samples, live.Temperature, live.Seed, live.Record));
        Assert.True(live.IsBuiltInPrompt);
        var ep = m.Endpoints[0];
        Assert.Equal((4, 60d, (int?)null), (ep.Concurrency, ep.TimeoutSeconds, ep.MaxRequests));
    }

    [Fact]
    public void Routing_tokens_default_to_1000_in_50_out()
    {
        var m = folder.Valid(ManifestFolder.Minimal + """

              - { id: b, model: m-b, judgments: { path: b.jsonl, format: jsonl } }
              - { id: c, model: m-c, judgments: { path: c.jsonl, format: jsonl } }
            ensembles:
              - { id: bc, method: mean, members: [b, c] }
            routing: { first: a, ensemble: bc, band: [1, 2] }
            prices:
              gpt-4o: { perCall: 0.01 }
              m-b: { input: 1, output: 2 }
              m-c: { input: 1, output: 2 }
            """);

        Assert.Equal((1000, 50), (m.Routing!.InputTokens, m.Routing.OutputTokens));
        Assert.True(m.Routing.Escalates(2));
        Assert.False(m.Routing.Escalates(3));
    }

    public void Dispose() => folder.Dispose();
}
