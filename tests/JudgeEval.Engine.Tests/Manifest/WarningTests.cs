using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Tests.Manifest;

/// <summary>Legal but suspicious settings warn and still give a manifest.</summary>
public sealed class WarningTests : IDisposable
{
    readonly ManifestFolder folder = new();

    [Fact]
    public void Kappa_fail_above_kappa_warn()
    {
        var result = folder.Parse(ManifestFolder.Minimal + "\nthresholds:\n  kappaWarn: 0.5\n  kappaFail: 0.7\n");

        Assert.NotNull(result.Manifest);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("JE0022", Severity.Warning), (d.Code, d.Severity));
        At.Is(12, 14, d.Location);
    }

    [Fact]
    public void Routing_without_prices_warns_with_the_models()
    {
        var result = folder.Parse(ManifestFolder.Minimal + """

              - { id: b, model: m-b, judgments: { path: b.jsonl, format: jsonl } }
              - { id: c, model: m-c, judgments: { path: c.jsonl, format: jsonl } }
            ensembles:
              - { id: bc, method: majority, members: [b, c] }
            routing: { first: a, ensemble: bc, band: [1, 2] }
            prices:
              m-b: { input: 1, output: 2 }
            """);

        Assert.NotNull(result.Manifest);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("JE0023", d.Code);
        At.Is(14, 1, d.Location);
        Assert.Contains("'gpt-4o', 'm-c'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Price_needs_input_and_output_or_per_call()
    {
        var d = folder.Error(ManifestFolder.Minimal + "\nprices:\n  gpt-4o: { input: 1 }\n", "JE0006");

        At.Is(11, 11, d.Location);
    }

    [Fact]
    public void Even_median_on_a_mean_ensemble_is_ignored()
    {
        var result = folder.Parse(ManifestFolder.Minimal + "\n  - { id: b, model: m-b, judgments: { path: b.jsonl, format: jsonl } }\nensembles:\n  - { id: ab, method: mean, members: [a, b], evenMedian: upper }\n");

        Assert.Equal("JE0022", Assert.Single(result.Diagnostics).Code);
        Assert.NotNull(result.Manifest);
    }

    [Fact]
    public void Few_bootstrap_resamples() =>
        Assert.Equal("JE0022", Assert.Single(folder.Parse(ManifestFolder.Minimal + "\nbootstrap: { resamples: 50 }\n").Diagnostics).Code);

    public void Dispose() => folder.Dispose();
}
