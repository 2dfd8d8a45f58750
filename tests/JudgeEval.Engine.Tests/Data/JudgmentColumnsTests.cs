using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;
using static JudgeEval.Engine.Tests.Data.DatasetFixtures;

namespace JudgeEval.Engine.Tests.Data;

/// <summary>Judgments stored by column give back the records that went in, and join exactly as those records do.</summary>
public sealed class JudgmentColumnsTests
{
    static readonly Judgment[] Rows =
    [
        new() { ItemId = "a", Score = 2, Source = new SourceLocation("j.jsonl", 1, 1, 1, 24) },
        new() { ItemId = "b", MissingReason = "refused", RawText = "I won't", Source = new SourceLocation("j.jsonl", 2, 1, 2, 40) },
        new() { ItemId = "c", Score = 1, Sample = 3, Source = new SourceLocation("j.jsonl", 3, 1, 5, 7) },
        new() { ItemId = "d", Score = 1, SwappedScore = 2, Source = new SourceLocation("other.csv", 9, 1, 9, 3) },
        new() { ItemId = "e", Score = 1.5, BothOrders = true, Source = new SourceLocation("j.jsonl", 7, 4, 7, 9) },
        new() { ItemId = "f", Score = 0 },
        new() { ItemId = "g", Score = -0.0, Source = new SourceLocation("j.jsonl", 8, 1, 8, 0) },
    ];

    [Fact]
    public void Every_field_comes_back_as_it_went_in()
    {
        var columns = Columns(Rows.Length * 3);

        Assert.Equal(Rows.Length * 3, columns.Count);
        Assert.Equal([.. Rows, .. Rows, .. Rows], columns);
        Assert.Equal(BitConverter.DoubleToInt64Bits(-0.0), BitConverter.DoubleToInt64Bits(columns[6].Score!.Value));
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(16_777_217)]
    [InlineData(1e300)]
    [InlineData(4.9e-324)]
    [InlineData(2.5)]
    public void A_score_comes_back_to_the_bit_whether_or_not_a_float_holds_it(double score)
    {
        var columns = new JudgmentColumns("j.jsonl");

        columns.Add("x", score, 0, null, null, 1, 1, 10);
        columns.Add("y", null, 0, "missing", null, 2, 2, 10);

        Assert.Equal(BitConverter.DoubleToInt64Bits(score), BitConverter.DoubleToInt64Bits(columns.Score(0)!.Value));
        Assert.Null(columns.Score(1));
    }

    [Fact]
    public void Rows_past_the_first_chunks_keep_their_fields()
    {
        var columns = new JudgmentColumns("j.jsonl");
        for (var i = 0; i < 200_000; i++)
        {
            columns.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture), i % 7 == 0 ? null : i % 5 + 0.1 * (i % 3), 0, null, null, i + 1, i + 1, i % 90 + 1);
        }

        for (var i = 0; i < 200_000; i += 997)
        {
            Assert.Equal(i.ToString(System.Globalization.CultureInfo.InvariantCulture), columns.ItemId(i));
            Assert.Equal(i % 7 == 0 ? null : i % 5 + 0.1 * (i % 3), columns.Score(i));
            Assert.Equal(new SourceLocation("j.jsonl", i + 1, 1, i + 1, i % 90 + 1), columns.Source(i));
        }
    }

    [Fact]
    public void A_row_added_by_field_has_the_location_of_its_lines()
    {
        var columns = new JudgmentColumns("j.jsonl");

        columns.Add("x", null, 0, "unparseable", null, 12, 12, 31);

        Assert.Equal(new Judgment { ItemId = "x", MissingReason = "unparseable", Source = new SourceLocation("j.jsonl", 12, 1, 12, 31) }, columns[0]);
    }

    [Fact]
    public void Columns_join_as_the_records_do()
    {
        // Known, unknown, duplicate, out-of-scale and missing rows.
        Judgment[] rows =
        [
            Score("a", 1) with { Source = new SourceLocation("j.jsonl", 1, 1, 1, 20) },
            Score("x", 2) with { Source = new SourceLocation("j.jsonl", 2, 1, 2, 20) },
            Score("b", 7) with { Source = new SourceLocation("j.jsonl", 3, 1, 3, 20) },
            Score("a", 2) with { Source = new SourceLocation("j.jsonl", 4, 1, 4, 20) },
            Score("c", null, "refused") with { Source = new SourceLocation("j.jsonl", 5, 1, 5, 20) },
        ];
        var columns = new JudgmentColumns("j.jsonl");
        foreach (var row in rows)
        {
            columns.Add(row);
        }

        var fromRecords = DatasetBuilder.Build(Pointwise(Items("a", "b", "c"), null, rows));
        var fromColumns = DatasetBuilder.Build(Pointwise(Items("a", "b", "c"), null) with { Judges = [new JudgeInput("j1", columns, JudgeAt)] });

        Assert.Equal(fromRecords.Diagnostics, fromColumns.Diagnostics);
        Assert.Equal(3, fromColumns.Diagnostics.Count);
    }

    static JudgmentColumns Columns(int count)
    {
        var columns = new JudgmentColumns("j.jsonl");
        for (var i = 0; i < count; i++)
        {
            columns.Add(Rows[i % Rows.Length]);
        }

        return columns;
    }
}
