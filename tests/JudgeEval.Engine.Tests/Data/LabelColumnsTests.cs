using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Tests.Data;

/// <summary>Labels stored by column give back the records that went in.</summary>
public sealed class LabelColumnsTests
{
    static readonly HumanLabel[] Rows =
    [
        new() { ItemId = "a", Score = 2, Source = new SourceLocation("l.jsonl", 1, 1, 1, 24) },
        new() { ItemId = "b", Score = 0.5, Annotator = "ann1", LabeledOn = new DateOnly(2026, 11, 1), Source = new SourceLocation("l.jsonl", 2, 1, 4, 40) },
        new() { ItemId = "c", Score = -0.0, LabeledOn = DateOnly.MinValue, Source = new SourceLocation("other.csv", 9, 3, 9, 3) },
        new() { ItemId = "d", Score = 1 },
    ];

    [Fact]
    public void Every_field_comes_back_as_it_went_in()
    {
        var columns = new LabelColumns("l.jsonl");
        for (var i = 0; i < Rows.Length * 3; i++)
        {
            columns.Add(Rows[i % Rows.Length]);
        }

        Assert.Equal([.. Rows, .. Rows, .. Rows], columns);
        Assert.Equal(BitConverter.DoubleToInt64Bits(-0.0), BitConverter.DoubleToInt64Bits(columns[2].Score));
    }

    [Fact]
    public void A_label_added_by_field_has_the_location_of_its_lines()
    {
        var columns = new LabelColumns("l.jsonl");

        columns.Add("x", 3, "ann2", new DateOnly(2026, 1, 2), 12, 12, 31);

        Assert.Equal(new HumanLabel { ItemId = "x", Score = 3, Annotator = "ann2", LabeledOn = new DateOnly(2026, 1, 2), Source = new SourceLocation("l.jsonl", 12, 1, 12, 31) }, columns[0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => columns[1]);
    }
}
