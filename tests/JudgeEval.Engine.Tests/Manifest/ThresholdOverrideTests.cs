using JudgeEval.Engine.Manifest;

namespace JudgeEval.Engine.Tests.Manifest;

/// <summary>MSBuild properties and --threshold name=value replace manifest thresholds.</summary>
public sealed class ThresholdOverrideTests : IDisposable
{
    readonly ManifestFolder folder = new();
    readonly EvalManifest manifest;

    public ThresholdOverrideTests() => manifest = folder.Valid(ManifestFolder.Minimal + "\nthresholds:\n  kappaWarn: 0.8\n");

    static KeyValuePair<string, string>[] Pairs(params (string Name, string Value)[] pairs) =>
        [.. pairs.Select(p => KeyValuePair.Create(p.Name, p.Value))];

    [Fact]
    public void Names_are_case_insensitive_and_may_carry_the_property_prefix()
    {
        var (m, diagnostics) = ThresholdOverrides.Apply(manifest, Pairs(("KAPPAWARN", "0.7"), ("JudgeEvalF1Min", "0.9"), ("minCalibrationItems", "50"), ("gateOnLowerBound", "true"), ("productScoreMin", "0.65")));

        Assert.Empty(diagnostics);
        var t = m.Thresholds;
        Assert.Equal((0.7, 0.9, 50d, true, 0.65), (t.Get(ThresholdTable.KappaWarn).Value, t.Get(ThresholdTable.F1Min).Value, t.Get(ThresholdTable.MinCalibrationItems).Value, t.IsOn(ThresholdTable.GateOnLowerBound), t.Optional(ThresholdTable.ProductScoreMin)!.Value));
        Assert.True(t.Get(ThresholdTable.F1Min).IsSet);

        // The overridden kappaWarn keeps pointing at its manifest line; f1Min was unset, so at the thresholds key.
        At.Is(11, 14, t.Get(ThresholdTable.KappaWarn).At);
        At.Is(10, 1, t.Get(ThresholdTable.F1Min).At);
        Assert.Equal(0.8, manifest.Thresholds.Get(ThresholdTable.KappaWarn).Value);
    }

    [Fact]
    public void Empty_value_means_not_overridden()
    {
        var (m, diagnostics) = ThresholdOverrides.Apply(manifest, Pairs(("kappaWarn", " ")));

        Assert.Empty(diagnostics);
        Assert.Equal(0.8, m.Thresholds.Get(ThresholdTable.KappaWarn).Value);
    }

    [Fact]
    public void Unknown_name_suggests_the_closest()
    {
        var (_, diagnostics) = ThresholdOverrides.Apply(manifest, Pairs(("kapaWarn", "0.7")));

        var d = Assert.Single(diagnostics);
        Assert.Equal("JE0024", d.Code);
        Assert.Contains("Did you mean 'kappaWarn'?", d.Message, StringComparison.Ordinal);
        At.Is(10, 1, d.Location);
    }

    [Theory]
    [InlineData("kappaWarn", "0,7")]
    [InlineData("kappaWarn", "1.2")]
    [InlineData("minCalibrationItems", "10.5")]
    [InlineData("gateOnLowerBound", "maybe")]
    public void Bad_values_are_rejected_and_leave_the_manifest_value(string name, string value)
    {
        var (m, diagnostics) = ThresholdOverrides.Apply(manifest, Pairs((name, value)));

        Assert.Equal("JE0025", Assert.Single(diagnostics).Code);
        Assert.Equal(0.8, m.Thresholds.Get(ThresholdTable.KappaWarn).Value);
    }

    public void Dispose() => folder.Dispose();
}
