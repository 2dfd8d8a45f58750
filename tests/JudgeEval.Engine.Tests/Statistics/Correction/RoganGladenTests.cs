using JudgeEval.Engine.Statistics.Correction;
using JudgeEval.Engine.Statistics.Resampling;

namespace JudgeEval.Engine.Tests.Statistics.Correction;

/// <summary>Rogan and Gladen (Am J Epidemiol 1978;107:71-76): p_true = (p + Sp - 1) / (Se + Sp - 1).</summary>
public sealed class RoganGladenTests
{
    [Theory]
    [InlineData(0.3, 0.7, 0.4)]
    [InlineData(0.05, 0.9, 0.95)]
    [InlineData(0.0, 0.6, 0.99)]
    [InlineData(1.0, 0.85, 0.85)]
    public void Inverts_the_apparent_rate_of_an_imperfect_judge(double truth, double se, double sp)
    {
        // Forward model: a judge with sensitivity Se and specificity Sp reports truth * Se + (1 - truth) * (1 - Sp).
        var apparent = (truth * se) + ((1 - truth) * (1 - sp));
        Assert.Equal(truth, RoganGladen.Correct(apparent, se, sp), 12);
    }

    [Fact]
    public void Hand_computed_value()
    {
        // 134 of 1,000 positive, Se 0.80, Sp 0.99: (0.134 + 0.99 - 1) / (0.80 + 0.99 - 1) = 0.124 / 0.79.
        Assert.Equal(0.156962, RoganGladen.Correct(0.134, 0.80, 0.99), 6);
    }

    [Fact]
    public void Impossible_rates_are_clamped_to_0_and_1()
    {
        Assert.Equal(0, RoganGladen.Correct(0.03, 0.9, 0.95)); // below 1 - Sp: raw value -0.0235
        Assert.Equal(1, RoganGladen.Correct(0.97, 0.9, 0.95)); // above Se: raw value 1.035
    }

    [Theory]
    [InlineData(0.5, 0.5, 0.5)] // Se + Sp = 1: the judge carries no information
    [InlineData(0.5, 0.3, 0.4)] // worse than chance
    [InlineData(double.NaN, 0.9, 0.9)]
    [InlineData(0.5, 1.2, 0.9)]
    [InlineData(-0.1, 0.9, 0.9)]
    public void Undefined_cases_are_NaN(double apparent, double se, double sp) =>
        Assert.True(double.IsNaN(RoganGladen.Correct(apparent, se, sp)));

    [Fact]
    public void Intervals_map_endpoint_by_endpoint()
    {
        var corrected = RoganGladen.Correct(new Interval(0.2, 0.4), 0.9, 0.8);
        Assert.Equal(0.0 / 0.7, corrected.Lower, 12);
        Assert.Equal(0.2 / 0.7, corrected.Upper, 12);
        Assert.False(RoganGladen.Correct(new Interval(0.2, 0.4), 0.5, 0.5).IsDefined);
    }
}
