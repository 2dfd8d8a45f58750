using JudgeEval.Engine.Statistics.Significance;

namespace JudgeEval.Engine.Tests.Statistics.Significance;

public class PermutationTestTests
{
    [Fact]
    public void Exact_for_small_groups()
    {
        // Pooled 1..6 split 3/3: of the 20 splits only {1,2,3} and {4,5,6} are as extreme as the observed one, p = 2/20.
        Assert.Equal(0.1, PermutationTest.PValue([1.0, 2, 3], [4.0, 5, 6], seed: 1), 12);
    }

    [Fact]
    public void Exact_with_unequal_groups_and_ties()
    {
        // Pooled {0, 0, 1, 1, 1} with group a = {1, 1} (sum 2): the 10 splits of 2 give sums 0 (1 split), 1 (6), 2 (3);
        // centre 2 * 3 / 5 = 1.2, observed |2 - 1.2| = 0.8; |0 - 1.2| = 1.2 and |2 - 1.2| reach it: p = 4 / 10.
        Assert.Equal(0.4, PermutationTest.PValue([1.0, 1], [0.0, 0, 1], seed: 1), 12);
    }

    [Fact]
    public void Equal_groups_are_not_significant_and_an_empty_group_is_undefined()
    {
        Assert.Equal(1.0, PermutationTest.PValue([1.0, 2], [2.0, 1], seed: 1), 12);
        Assert.True(double.IsNaN(PermutationTest.PValue([], [1.0], seed: 1)));
    }

    [Fact]
    public void Monte_carlo_is_seeded_and_close_to_the_normal_approximation()
    {
        // 60 + 60 values: a is 0/1 with 40 ones, b with 25 ones. Difference 0.25; the permutation null has
        // sd sqrt(p (1 - p) (1/60 + 1/60)) with p = 65/120: 0.0910, z = 2.75, two-sided p ~ 0.006.
        var a = Enumerable.Repeat(1.0, 40).Concat(Enumerable.Repeat(0.0, 20)).ToArray();
        var b = Enumerable.Repeat(1.0, 25).Concat(Enumerable.Repeat(0.0, 35)).ToArray();

        var p = PermutationTest.PValue(a, b, seed: 3);

        Assert.Equal(p, PermutationTest.PValue(a, b, seed: 3));
        Assert.InRange(p, 0.002, 0.02);
    }
}
