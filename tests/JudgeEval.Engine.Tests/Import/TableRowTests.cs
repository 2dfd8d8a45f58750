using JudgeEval.Engine.Import;

namespace JudgeEval.Engine.Tests.Import;

/// <summary>A reused row forgets every value of the previous row, whichever columns it had.</summary>
public sealed class TableRowTests
{
    [Fact]
    public void Clearing_a_row_empties_each_column_it_was_given()
    {
        Assert.True(Columns.Count <= 32, "TableRow keeps one bit per column in a uint.");
        var row = new TableRow();
        foreach (var column in Enum.GetValues<Column>())
        {
            row[column] = Cell.Of("x");
        }

        row.Clear();
        row[Column.Score] = Cell.Of(2);
        row.Clear();

        Assert.All(Enum.GetValues<Column>(), c => Assert.Equal(CellKind.Absent, row[c].Kind));
    }
}
