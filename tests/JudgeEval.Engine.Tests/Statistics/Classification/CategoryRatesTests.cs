using JudgeEval.Engine.Statistics.Classification;

namespace JudgeEval.Engine.Tests.Statistics.Classification;

public class CategoryRatesTests
{
    // Rows: the human label 0, 1, 2; columns: the judge. 20 items.
    static readonly long[,] Table = { { 8, 2, 0 }, { 1, 5, 0 }, { 0, 4, 0 } };

    [Fact]
    public void Prevalence_accuracy_and_the_constant_predictor()
    {
        Assert.Equal([0.5, 0.3, 0.2], CategoryRates.Prevalence(Table));
        Assert.Equal(13.0 / 20, CategoryRates.RawAccuracy(Table), 15);
        Assert.Equal(0.5, CategoryRates.BaselineAccuracy(Table), 15);
    }

    [Fact]
    public void Recall_per_human_category_is_undefined_for_an_unused_one()
    {
        var recall = CategoryRates.Recall(new long[,] { { 8, 2, 0 }, { 1, 5, 0 }, { 0, 0, 0 } });

        Assert.Equal(0.8, recall[0], 15);
        Assert.Equal(5.0 / 6, recall[1], 15);
        Assert.True(double.IsNaN(recall[2]));
    }

    [Fact]
    public void An_empty_table_is_undefined()
    {
        var empty = new long[2, 2];

        Assert.True(double.IsNaN(CategoryRates.RawAccuracy(empty)));
        Assert.True(double.IsNaN(CategoryRates.BaselineAccuracy(empty)));
        Assert.All(CategoryRates.Prevalence(empty), p => Assert.True(double.IsNaN(p)));
    }
}
