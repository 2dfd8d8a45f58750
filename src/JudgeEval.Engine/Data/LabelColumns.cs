using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Data;

/// <summary>
/// One source's human labels stored by column, as <see cref="JudgmentColumns"/> stores judgments: ids, scores,
/// annotators and dates in arrays, each row's location as line numbers in <see cref="File"/> (a
/// <see cref="SourceLocation"/> is built only when asked). Indexing it gives the same <see cref="HumanLabel"/> that
/// was added. A million labels hold about 40 bytes each here, where the records held about 100.
/// </summary>
public sealed class LabelColumns(string file) : IReadOnlyList<HumanLabel>
{
    /// <summary>No date: <see cref="DateOnly.DayNumber"/> is never negative.</summary>
    const int NoDate = -1;

    readonly ChunkedColumn<string> ids = new();
    readonly ChunkedColumn<double> scores = new();
    readonly ChunkedColumn<string?> annotators = new();
    readonly ChunkedColumn<int> dates = new();
    readonly ChunkedColumn<int> lines = new();
    readonly ChunkedColumn<int> ends = new();
    Dictionary<int, int>? endLines;
    Dictionary<int, SourceLocation?>? otherSources;

    /// <summary>The file every stored line number refers to.</summary>
    public string File { get; } = file;

    public int Count { get; private set; }

    public HumanLabel this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return new HumanLabel
            {
                ItemId = ids[index],
                Score = scores[index],
                Annotator = annotators[index],
                LabeledOn = dates[index] == NoDate ? null : DateOnly.FromDayNumber(dates[index]),
                Source = Source(index),
            };
        }
    }

    public void Add(HumanLabel label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var row = Add(label.ItemId, label.Score, label.Annotator, label.LabeledOn, 0, 0, 0);
        var source = label.Source;
        if (source is not null && source.File == File && source.Column == 1 && source.EndColumn >= 1)
        {
            SetLines(row, source.Line, source.EndLine, source.EndColumn);
        }
        else
        {
            (otherSources ??= [])[row] = source;
        }
    }

    /// <summary>A label read from line <paramref name="line"/> (to <paramref name="endLine"/>, column <paramref name="endColumn"/>) of <see cref="File"/>.</summary>
    public int Add(string itemId, double score, string? annotator, DateOnly? labeledOn, int line, int endLine, int endColumn)
    {
        ArgumentNullException.ThrowIfNull(itemId);
        var row = Count;
        ids.Reserve(row);
        scores.Reserve(row);
        annotators.Reserve(row);
        dates.Reserve(row);
        lines.Reserve(row);
        ends.Reserve(row);
        Count++;
        ids[row] = itemId;
        scores[row] = score;
        annotators[row] = annotator;
        dates[row] = labeledOn?.DayNumber ?? NoDate;
        SetLines(row, line, endLine, endColumn);
        return row;
    }

    /// <summary>The row's location, made now: whole lines of <see cref="File"/>, as the line importers give it.</summary>
    public SourceLocation? Source(int row) =>
        otherSources is not null && otherSources.TryGetValue(row, out var other) ? other
        : new SourceLocation(File, lines[row], 1, endLines?.GetValueOrDefault(row, lines[row]) ?? lines[row], Math.Max(1, ends[row]));

    public IEnumerator<HumanLabel> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    void SetLines(int row, int line, int endLine, int endColumn)
    {
        lines[row] = line;
        ends[row] = endColumn;
        if (endLine != line)
        {
            (endLines ??= [])[row] = endLine;
        }
    }
}
