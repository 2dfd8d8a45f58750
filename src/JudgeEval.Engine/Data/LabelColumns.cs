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
    readonly RowLocations locations = new(file);

    /// <summary>The file every stored line number refers to.</summary>
    public string File => locations.File;

    public int Count { get; private set; }

    public HumanLabel this[int index] => Fields(index) with { Source = Source(index) };

    /// <summary>The label at <paramref name="index"/> without its location, which <see cref="Source"/> makes when a problem needs it.</summary>
    public HumanLabel Fields(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
        return new HumanLabel
        {
            ItemId = ids[index],
            Score = scores[index],
            Annotator = annotators[index],
            LabeledOn = dates[index] == NoDate ? null : DateOnly.FromDayNumber(dates[index]),
        };
    }

    public void Add(HumanLabel label)
    {
        ArgumentNullException.ThrowIfNull(label);
        locations.Add(Add(label.ItemId, label.Score, label.Annotator, label.LabeledOn), label.Source);
    }

    /// <summary>A label read from line <paramref name="line"/> (to <paramref name="endLine"/>, column <paramref name="endColumn"/>) of <see cref="File"/>.</summary>
    public void Add(string itemId, double score, string? annotator, DateOnly? labeledOn, int line, int endLine, int endColumn) =>
        locations.Add(Add(itemId, score, annotator, labeledOn), line, endLine, endColumn);

    /// <summary>The row's location, made now.</summary>
    public SourceLocation? Source(int row) => locations[row];

    /// <summary>Lets the rows go to the collector once they are joined; reading a row afterwards throws.</summary>
    public void Release()
    {
        ids.Release();
        scores.Release();
        annotators.Release();
        dates.Release();
        locations.Release();
    }

    int Add(string itemId, double score, string? annotator, DateOnly? labeledOn)
    {
        ArgumentNullException.ThrowIfNull(itemId);
        var row = Count;
        ids.Reserve(row);
        scores.Reserve(row);
        annotators.Reserve(row);
        dates.Reserve(row);
        Count++;
        ids[row] = itemId;
        scores[row] = score;
        annotators[row] = annotator;
        dates[row] = labeledOn?.DayNumber ?? NoDate;
        return row;
    }

    public IEnumerator<HumanLabel> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
