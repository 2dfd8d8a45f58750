using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Data;

/// <summary>
/// Where each row of a column store was read: line numbers in <see cref="File"/> for a row of whole lines (the line
/// formats), the location itself for any other; a <see cref="SourceLocation"/> is made only when asked.
/// </summary>
sealed class RowLocations(string file)
{
    readonly ChunkedColumn<int> lines = new();
    readonly ChunkedColumn<int> ends = new();
    Dictionary<int, int>? endLines;
    Dictionary<int, SourceLocation?>? others;

    public string File { get; } = file;

    public SourceLocation? this[int row] =>
        others is not null && others.TryGetValue(row, out var other) ? other
        : new SourceLocation(File, lines[row], 1, endLines?.GetValueOrDefault(row, lines[row]) ?? lines[row], Math.Max(1, ends[row]));

    public void Release()
    {
        lines.Release();
        ends.Release();
        (endLines, others) = (null, null);
    }

    /// <summary>Row <paramref name="row"/> (the next one) was read from line <paramref name="line"/> to <paramref name="endLine"/>, column <paramref name="endColumn"/>.</summary>
    public void Add(int row, int line, int endLine, int endColumn)
    {
        lines.Reserve(row);
        ends.Reserve(row);
        lines[row] = line;
        ends[row] = endColumn;
        if (endLine != line)
        {
            (endLines ??= [])[row] = endLine;
        }
    }

    /// <summary>Row <paramref name="row"/> (the next one) was read at <paramref name="source"/>.</summary>
    public void Add(int row, SourceLocation? source)
    {
        if (source is not null && source.File == File && source.Column == 1 && source.EndColumn >= 1)
        {
            Add(row, source.Line, source.EndLine, source.EndColumn);
            return;
        }

        Add(row, 0, 0, 0);
        (others ??= [])[row] = source;
    }
}
