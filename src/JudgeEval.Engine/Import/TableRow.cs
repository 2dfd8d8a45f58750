using System.Numerics;

namespace JudgeEval.Engine.Import;

/// <summary>One row of a jsonl or csv file, reused from row to row.</summary>
sealed class TableRow
{
    readonly Cell[] cells = new Cell[Columns.Count];

    // The columns given a value since the last Clear (one bit each; there are fewer than 32), so that clearing a row
    // of two values does not clear every column.
    uint assigned;

    public Cell this[Column column]
    {
        get => cells[(int)column];
        set
        {
            cells[(int)column] = value;
            assigned |= 1u << (int)column;
        }
    }

    public void Clear()
    {
        for (var bits = assigned; bits != 0; bits &= bits - 1)
        {
            cells[BitOperations.TrailingZeroCount(bits)] = default;
        }

        assigned = 0;
    }
}
