using JudgeEval.Engine.Analysis;
using JudgeEval.Engine.Catalog;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Statistics.Agreement;
using JudgeEval.Engine.Statistics.Correlation;
using JudgeEval.Engine.Statistics.Resampling;
using static JudgeEval.Engine.Tests.Data.DatasetFixtures;

namespace JudgeEval.Engine.Tests.Performance;

/// <summary>
/// Each fast path of issue 14 gives bit for bit what the code it replaced gives; the reference is computed here the
/// slow way (MathNet's sorting ranker, one bootstrap per statistic, a hash lookup per row, a string split per item).
/// </summary>
public sealed class ExactFastPathTests
{
    [Theory]
    [InlineData(1, 4)]
    [InlineData(2, 2)]
    [InlineData(3, 11)]
    [InlineData(4, 64)]
    public void Counted_ranks_are_the_sorting_rankers_to_the_bit(int seed, int grades)
    {
        var random = new Random(seed);
        var values = Enumerable.Range(0, 5_000).Select(_ => (random.Next(grades) * 0.5) - 1).ToArray();

        var counted = Ranked(values);
        var sorted = MathNet.Numerics.Statistics.ArrayStatistics.RanksInplace(values.ToArray(), MathNet.Numerics.Statistics.RankDefinition.Average);
        Assert.NotNull(counted);
        Assert.Equal(sorted.Select(BitConverter.DoubleToInt64Bits), values.Select(v => BitConverter.DoubleToInt64Bits(counted.Of(v))));
    }

    [Theory]
    [InlineData(5, 3_000, 4, 7)]
    [InlineData(6, 20_000, 2, 3)]
    [InlineData(7, 500, 11, 64)]
    [InlineData(8, 1_000, 4, 65)]
    public void Spearman_on_a_discrete_scale_is_mathnets_to_the_bit(int seed, int count, int gradesX, int gradesY)
    {
        // The last case has one grade too many on y: it is ranked by sorting, and must still agree.
        var random = new Random(seed);
        double?[] x = [.. Enumerable.Range(0, count).Select(i => i % 17 == 0 ? null : (double?)random.Next(gradesX))];
        double?[] y = [.. x.Select(v => v is { } a && random.NextDouble() < 0.7 ? a : (double?)(random.Next(gradesY) * 0.5))];
        var (xs, ys) = Compact(x, y);

        Assert.Equal(
            BitConverter.DoubleToInt64Bits(MathNet.Numerics.Statistics.Correlation.Spearman(xs, ys)),
            BitConverter.DoubleToInt64Bits(RankCorrelation.Spearman(x, y)));
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 1_000)]
    [InlineData(3, 100_000)]
    public void A_running_pearson_is_mathnets_to_the_bit(int seed, int count)
    {
        var random = new Random(seed);
        var x = Enumerable.Range(0, count).Select(_ => Math.Round(random.NextDouble() * 8) / 2).ToArray();
        var y = x.Select(v => v + random.NextDouble() - 0.3).ToArray();
        var running = new RunningPearson();
        for (var i = 0; i < count; i++)
        {
            running.Add(x[i], y[i]);
        }

        Assert.Equal(
            BitConverter.DoubleToInt64Bits(MathNet.Numerics.Statistics.Correlation.Pearson(x, y)),
            BitConverter.DoubleToInt64Bits(running.Value));
    }

    [Fact]
    public void Too_many_distinct_values_or_nan_fall_back_to_sorting()
    {
        Assert.Null(Ranked([.. Enumerable.Range(0, DiscreteRanks.MaxDistinct + 1).Select(i => (double)i)]));
        Assert.Null(Ranked([1, double.NaN, 2]));
    }

    /// <summary>The counted ranks of values all present, as Spearman asks for them.</summary>
    static RanksByValue? Ranked(double[] values)
    {
        double?[] column = [.. values.Select(v => (double?)v)];
        return DiscreteRanks.OfComplete(column, column);
    }

    [Fact]
    public void Statistics_drawn_together_get_the_intervals_each_gets_alone()
    {
        long[,] table = { { 40, 5, 1 }, { 6, 30, 4 }, { 0, 3, 11 } };
        var weights = KappaWeights.Create(KappaWeighting.Quadratic, 3);
        Func<long[,], double>[] statistics = [t => CohenKappa.FromTable(t, weights), t => GwetAc.FromTable(t, weights), t => t[0, 0]];

        var together = PercentileBootstrap.CellsForEach(table, statistics, 500, 7);

        Assert.Equal(statistics.Select(s => PercentileBootstrap.Cells(table, s, 500, 7)), together);
    }

    [Fact]
    public void Clusters_drawn_together_get_the_intervals_each_gets_alone()
    {
        int[] clusters = [.. Enumerable.Range(0, 60).Select(i => i / 4)];
        Func<int[], double> sum = drawn => drawn.Sum();
        Func<int[], double> first = drawn => drawn.Length == 0 ? double.NaN : drawn[0];

        var together = PercentileBootstrap.ClustersForEach(clusters, drawn => [sum(drawn), first(drawn)], 2, 300, 3);

        Assert.Equal([PercentileBootstrap.Clusters(clusters, sum, 300, 3), PercentileBootstrap.Clusters(clusters, first, 300, 3)], together);
    }

    [Fact]
    public void Rows_in_item_order_and_out_of_order_join_as_by_hash()
    {
        // In order, then a jump forward, a jump back, and on in order.
        var input = Pointwise(
            Items("a", "b", "c", "d", "e"),
            [Label("a", 1), Label("b", 2), Label("e", 3), Label("c", 0)],
            Score("a", 1), Score("b", 2), Score("e", 0), Score("c", 2), Score("d", 1));

        var (dataset, diagnostics) = DatasetBuilder.Build(input);

        Assert.Empty(diagnostics);
        Assert.Equal([1, 2, 2, 1, 0], dataset!.Judge("j1").Scores);
        Assert.Equal([1, 2, 0, null, 3], dataset.Human);
    }

    [Fact]
    public void A_repeated_row_and_an_unknown_id_are_reported_where_they_are()
    {
        var input = Pointwise(Items("a", "b", "c"), null, Score("a", 1), Score("b", 2), Score("b", 3), Score("x", 1), Score("c", 0));

        var (_, diagnostics) = DatasetBuilder.Build(input);

        Assert.Equal(
            ["JE0074 Judge 'j1' has more than one verdict for 'b'.", "JE0072 Judge 'j1' judged 'x', which is not an item id."],
            diagnostics.Select(d => d.Code + " " + d.Message));
    }

    [Fact]
    public void With_duplicate_item_ids_a_row_joins_the_first_item_as_the_hash_lookup_does()
    {
        var input = Pointwise(Items("a", "b", "a"), null, Score("a", 1), Score("b", 2), Score("a", 3));

        var (_, diagnostics) = DatasetBuilder.Build(input);

        // The third row names the first 'a' again (a duplicate verdict), not the third item.
        Assert.Contains(diagnostics, d => d.Code == "JE0071");
        Assert.Contains(diagnostics, d => d.Code == "JE0074");
    }

    [Fact]
    public void Unresolved_producers_are_counted_per_item_in_order_of_first_appearance()
    {
        EvalItem[] items =
        [
            new() { Id = "1", Model = "acme-7b", ModelB = "gpt-4o" },
            new() { Id = "2", Model = "gpt-4o|zeta-1", ModelB = "acme-7b" },
            new() { Id = "3", Model = "acme-7b", ModelB = "gpt-4o" },
            new() { Id = "4", Model = "acme-7b|acme-7b" },
            new() { Id = "5" },
        ];

        var counts = ProducerSides.Unresolved(items, ModelCatalog.BuiltIn);

        Assert.Equal(Reference(items, ModelCatalog.BuiltIn), counts);
        Assert.Equal(["acme-7b", "zeta-1"], counts.Keys);
        Assert.Equal(4, counts["acme-7b"]);
    }

    [Fact]
    public void Labels_hash_is_the_hash_of_the_ordinal_sorted_text()
    {
        string[] ids = ["b", "a", "ab", "a\u0000", "abcdefgh", "abcdefgi", "abcdefg", "\u00e9t\u00e9", "\ud83d\ude00x", "Z", "q1/d10", "q1/d9", "q10/d1", "\uffff"];
        var random = new Random(3);
        double?[] human = [.. ids.Select((_, i) => i % 5 == 4 ? null : (double?)(random.Next(7) * 0.5))];
        var data = new EvalDataset
        {
            Scale = Scale.Pointwise(0, 3),
            Items = [.. ids.Select(id => new EvalItem { Id = id })],
            Human = human,
            Judges = [],
        };

        var text = new System.Text.StringBuilder();
        foreach (var i in Enumerable.Range(0, ids.Length).Where(i => human[i].HasValue).OrderBy(i => ids[i], StringComparer.Ordinal))
        {
            text.Append(ids[i]).Append('\t').Append(human[i]!.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }

        var expected = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString())));
        Assert.Equal(expected, CalibrationIdentityAnalyzer.LabelsHash(data), ignoreCase: true);
    }

    /// <summary>The count as it was written before: split every item's producers and count each distinct candidate.</summary>
    static List<KeyValuePair<string, int>> Reference(IEnumerable<EvalItem> items, ModelCatalog catalog)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            foreach (var c in ProducerSides.Candidates(item.Model).Concat(ProducerSides.Candidates(item.ModelB)).Distinct(StringComparer.Ordinal))
            {
                if (!catalog.Resolve(c).Found)
                {
                    counts[c] = counts.GetValueOrDefault(c) + 1;
                }
            }
        }

        return [.. counts];
    }

    static (double[] X, double[] Y) Compact(double?[] x, double?[] y)
    {
        var pairs = x.Zip(y).Where(p => p.First.HasValue && p.Second.HasValue).ToList();
        return ([.. pairs.Select(p => p.First!.Value)], [.. pairs.Select(p => p.Second!.Value)]);
    }
}
