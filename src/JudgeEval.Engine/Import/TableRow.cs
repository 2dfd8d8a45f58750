namespace JudgeEval.Engine.Import;

/// <summary>One row of a jsonl or csv file, reused from row to row.</summary>
sealed class TableRow
{
    readonly Cell[] cells = new Cell[Columns.Count];

    public Cell this[Column column]
    {
        get => cells[(int)column];
        set => cells[(int)column] = value;
    }

    public void Clear() => Array.Clear(cells);
}
