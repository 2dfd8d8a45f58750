using JudgeEval.Engine.Statistics.Agreement;

namespace JudgeEval.Engine.Tests.Statistics.Agreement;

public class ConfusionMatrixTests
{
    static readonly double[] Pairwise = [1, 1.5, 2];

    [Fact]
    public void Rows_are_the_first_rater_and_incomplete_pairs_are_skipped()
    {
        var table = ConfusionMatrix.Build([1, 1.5, 2, 2, null, 1], [1, 2, 2, 1.5, 1, null], Pairwise);

        Assert.Equal(new long[,] { { 1, 0, 0 }, { 0, 0, 1 }, { 0, 1, 1 } }, table);
        Assert.Equal(4, ConfusionMatrix.Total(table));
        Assert.Equal([[1, 0, 0], [0, 0, 1], [0, 1, 1]], ConfusionMatrix.ToRows(table));
    }

    [Fact]
    public void Codes_give_the_same_table_and_resamples_count_repeats()
    {
        double?[] a = [1, 1.5, 2, 2, null];
        double?[] b = [1, 2, 2, 1.5, 1];
        var codesA = Categories.Encode(a, Pairwise);
        var codesB = Categories.Encode(b, Pairwise);

        Assert.Equal([0, 1, 2, 2, -1], codesA);
        Assert.Equal(ConfusionMatrix.Build(a, b, Pairwise), ConfusionMatrix.FromCodes(codesA, codesB, 3));
        Assert.Equal(new long[,] { { 2, 0, 0 }, { 0, 0, 0 }, { 0, 0, 1 } }, ConfusionMatrix.FromCodes(codesA, codesB, 3, [0, 0, 2, 4]));
    }

    [Fact]
    public void Category_lookup_is_exact()
    {
        Assert.Equal(1, Categories.IndexOf(Pairwise, 1.5));
        Assert.Equal(-1, Categories.IndexOf(Pairwise, 1.5000001));
        Assert.Equal(-1, Categories.IndexOf(Pairwise, double.NaN));
    }

    [Fact]
    public void Misaligned_lists_are_rejected() =>
        Assert.Throws<ArgumentException>(() => ConfusionMatrix.Build([1, 2], [1], Pairwise));
}
