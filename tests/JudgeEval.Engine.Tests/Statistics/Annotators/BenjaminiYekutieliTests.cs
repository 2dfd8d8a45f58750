using JudgeEval.Engine.Statistics.Significance;

namespace JudgeEval.Engine.Tests.Statistics.Annotators;

/// <summary>The step-up procedure against its definition, evaluated by brute force in the test.</summary>
public class BenjaminiYekutieliTests
{
    [Fact]
    public void Rejects_the_ranks_up_to_the_largest_one_under_its_line()
    {
        // m = 5, H_5 = 137/60, q = 0.05: lines i/5 * 0.05 / (137/60) = 0.004380, 0.008759, 0.013139, 0.017518, 0.021898.
        // Sorted p: 0.001 (under), 0.012 (over 0.008759), 0.013 (under 0.013139) -> the largest rank under is 3, so
        // ranks 1-3 are rejected although rank 2 alone is over its line (step-up).
        double[] p = [0.013, 0.5, 0.001, 0.012, 0.02];

        Assert.Equal([true, false, true, true, false], BenjaminiYekutieli.Rejected(p, 0.05));
        Assert.Equal(BruteForce(p, 0.05), BenjaminiYekutieli.Rejected(p, 0.05));
    }

    [Fact]
    public void Nan_p_values_are_never_rejected_but_count_in_m()
    {
        double[] p = [0, double.NaN];

        // m = 2: the line for rank 1 is 0.5 * 0.05 / 1.5; p = 0 is under it.
        Assert.Equal([true, false], BenjaminiYekutieli.Rejected(p, 0.05));
    }

    [Fact]
    public void Matches_the_definition_on_random_p_values()
    {
        var random = new Random(11);
        for (var trial = 0; trial < 200; trial++)
        {
            var p = Enumerable.Range(0, random.Next(1, 12)).Select(_ => Math.Pow(random.NextDouble(), 3) * 0.2).ToArray();
            Assert.Equal(BruteForce(p, 0.05), BenjaminiYekutieli.Rejected(p, 0.05));
        }
    }

    /// <summary>Reject H_j when some k with at least k p-values at or under k/m q/H_m has p_j at or under that line.</summary>
    static bool[] BruteForce(double[] p, double q)
    {
        var m = p.Length;
        var harmonic = Enumerable.Range(1, m).Sum(j => 1.0 / j);
        var best = 0;
        for (var k = 1; k <= m; k++)
        {
            var line = k / (double)m * q / harmonic;
            if (p.Count(x => x <= line) >= k)
            {
                best = k;
            }
        }

        var cut = best == 0 ? -1 : p.Order().ElementAt(best - 1);
        return [.. p.Select(x => best > 0 && x <= cut)];
    }
}
