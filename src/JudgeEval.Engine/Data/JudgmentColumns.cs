using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Data;

/// <summary>
/// One source's judgments stored by column rather than as a record per row: scores and flags in arrays, the rare
/// sample numbers, second-order scores, reasons and raw answers only where a row has one, and each row's location as
/// line numbers in <see cref="File"/> (a <see cref="SourceLocation"/> is built only when asked, e.g. for a row with a
/// problem), and each row's item id as its entry number in the run's <see cref="IdTable"/>: 4 bytes and no reference
/// for the collector to trace (ten million references in one run's columns made every full collection read ten million
/// objects). At a million rows this holds about 26 bytes a row where the records held about 230. Indexing it gives
/// the same <see cref="Judgment"/> that was added; the join reads the columns without making one.
/// </summary>
/// <param name="file">The file the rows were read from.</param>
/// <param name="idTable">The table the rows' id entries number; a table of its own when none is given.</param>
public sealed class JudgmentColumns(string file, IdTable? idTable = null) : IReadOnlyList<Judgment>, IJudgmentRows
{
    const byte HasScore = 1, HasSwapped = 2, Both = 4, Wide = 8;

    readonly IdTable table = idTable ?? new IdTable();
    readonly ChunkedColumn<int> ids = new();
    // A score a float holds exactly (every grade and half grade) takes 4 bytes; any other keeps its double aside.
    readonly ChunkedColumn<float> scores = new();
    readonly ChunkedColumn<byte> flags = new();
    Dictionary<int, double>? swapped;
    Dictionary<int, double>? wideScores;
    Dictionary<int, int>? samples;
    Dictionary<int, string>? reasons;
    Dictionary<int, string>? raws;
    readonly RowLocations locations = new(file);

    /// <summary>The file every stored line number refers to.</summary>
    public string File => locations.File;

    public int Count { get; private set; }

    public Judgment this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return new Judgment
            {
                ItemId = table[ids[index]],
                Score = Score(index),
                SwappedScore = SwappedScore(index),
                Sample = Sample(index),
                MissingReason = MissingReason(index),
                RawText = RawText(index),
                Source = Source(index),
                BothOrders = BothOrders(index),
            };
        }
    }

    public void Add(Judgment judgment)
    {
        ArgumentNullException.ThrowIfNull(judgment);
        var row = Add(table.Entry(judgment.ItemId), judgment.Score, judgment.Sample, judgment.MissingReason, judgment.RawText);
        if (judgment.SwappedScore is { } s)
        {
            flags[row] |= HasSwapped;
            (swapped ??= [])[row] = s;
        }

        if (judgment.BothOrders)
        {
            flags[row] |= Both;
        }

        locations.Add(row, judgment.Source);
    }

    /// <summary>A row read from line <paramref name="line"/> (to <paramref name="endLine"/>, column <paramref name="endColumn"/>) of <see cref="File"/>.</summary>
    public void Add(string itemId, double? score, int sample, string? missingReason, string? rawText, int line, int endLine, int endColumn) =>
        Add(table.Entry(itemId), score, sample, missingReason, rawText, line, endLine, endColumn);

    /// <summary>As the other, with the item id given as its entry in the table the columns were made with.</summary>
    public void Add(int idEntry, double? score, int sample, string? missingReason, string? rawText, int line, int endLine, int endColumn) =>
        locations.Add(Add(idEntry, score, sample, missingReason, rawText), line, endLine, endColumn);

    int Add(int idEntry, double? score, int sample, string? missingReason, string? rawText)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(idEntry);
        var row = Count;
        ids.Reserve(row);
        scores.Reserve(row);
        flags.Reserve(row);
        Count++;
        ids[row] = idEntry;
        flags[row] = score.HasValue ? HasScore : (byte)0;
        if (score is { } value)
        {
            scores[row] = (float)value;
            if (BitConverter.DoubleToInt64Bits((float)value) != BitConverter.DoubleToInt64Bits(value))
            {
                flags[row] |= Wide;
                (wideScores ??= [])[row] = value;
            }
        }

        if (sample != 0)
        {
            (samples ??= [])[row] = sample;
        }

        if (missingReason is not null)
        {
            (reasons ??= [])[row] = missingReason;
        }

        if (rawText is not null)
        {
            (raws ??= [])[row] = rawText;
        }

        return row;
    }

    /// <summary>
    /// Lets the rows go to the collector once they are joined, so that a large run never holds a judge's columns and
    /// its joined verdicts together; reading a row afterwards throws.
    /// </summary>
    public void Release()
    {
        ids.Release();
        scores.Release();
        flags.Release();
        locations.Release();
        (swapped, wideScores, samples, reasons, raws) = (null, null, null, null, null);
    }

    public string ItemId(int row) => table[ids[row]];

    /// <summary>The table the rows' id entries number.</summary>
    public IdTable Ids => table;

    /// <summary>The row's item id as its entry in <see cref="Ids"/>.</summary>
    public int IdEntry(int row) => ids[row];

    public double? Score(int row) => (flags[row] & HasScore) == 0 ? null : (flags[row] & Wide) != 0 ? wideScores![row] : scores[row];

    public double? SwappedScore(int row) => (flags[row] & HasSwapped) != 0 ? swapped![row] : null;

    public bool BothOrders(int row) => (flags[row] & Both) != 0;

    public int Sample(int row) => samples?.GetValueOrDefault(row) ?? 0;

    public string? MissingReason(int row) => reasons?.GetValueOrDefault(row);

    public string? RawText(int row) => raws?.GetValueOrDefault(row);

    /// <summary>The row's location, made now: whole lines of <see cref="File"/>, as the line importers give it.</summary>
    public SourceLocation? Source(int row) => locations[row];

    public IEnumerator<Judgment> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Judgment rows read field by field: <see cref="JudgmentColumns"/> directly, records through <see cref="JudgmentRecords"/>.</summary>
public interface IJudgmentRows
{
    int Count { get; }

    string ItemId(int row);

    double? Score(int row);

    double? SwappedScore(int row);

    bool BothOrders(int row);

    int Sample(int row);

    string? MissingReason(int row);

    string? RawText(int row);

    SourceLocation? Source(int row);
}

/// <summary>Records read as rows.</summary>
public sealed class JudgmentRecords(IReadOnlyList<Judgment> records) : IJudgmentRows
{
    public int Count => records.Count;

    public string ItemId(int row) => records[row].ItemId;

    public double? Score(int row) => records[row].Score;

    public double? SwappedScore(int row) => records[row].SwappedScore;

    public bool BothOrders(int row) => records[row].BothOrders;

    public int Sample(int row) => records[row].Sample;

    public string? MissingReason(int row) => records[row].MissingReason;

    public string? RawText(int row) => records[row].RawText;

    public SourceLocation? Source(int row) => records[row].Source;

    /// <summary>The rows of <paramref name="judgments"/>, without copying when they are columns already.</summary>
    public static IJudgmentRows Of(IReadOnlyList<Judgment> judgments) => judgments as IJudgmentRows ?? new JudgmentRecords(judgments);
}
