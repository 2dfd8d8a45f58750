using System.Text;
using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Import;

/// <summary>The columns of the project's own jsonl and csv formats.</summary>
enum Column
{
    Id,
    Query,
    QueryId,
    Text,
    Model,
    TextB,
    ModelB,
    Rank,
    Tags,
    Label,
    Annotator,
    LabeledOn,
    Score,
    Verdict,
    Order,
    Sample,
    Judge,
    Reason,
    Raw,
    Length,
    LengthB,
}

/// <summary>Column names as written in files, and which columns each role reads.</summary>
static class Columns
{
    /// <summary>The number of columns; <see cref="TableRow"/> keeps a bit for each, so at most 32.</summary>
    public const int Count = (int)Column.LengthB + 1;

    /// <summary>Indexed by <see cref="Column"/>.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["id", "query", "queryId", "text", "model", "textB", "modelB", "rank", "tags", "label", "annotator", "labeledOn",
         "score", "verdict", "order", "sample", "judge", "reason", "raw", "length", "lengthB"];

    /// <summary>UTF-8 names, for comparing jsonl property names without decoding them.</summary>
    public static IReadOnlyList<byte[]> Utf8Names { get; } = [.. Names.Select(Encoding.UTF8.GetBytes)];

    static readonly bool[] ItemColumns = Mask(Column.Id, Column.Query, Column.QueryId, Column.Text, Column.Model, Column.TextB, Column.ModelB, Column.Rank, Column.Tags, Column.Length, Column.LengthB);
    static readonly bool[] LabelColumns = Mask(Column.Id, Column.Label, Column.Annotator, Column.LabeledOn);
    static readonly bool[] JudgmentColumns = Mask(Column.Id, Column.Score, Column.Verdict, Column.Order, Column.Sample, Column.Judge, Column.Reason, Column.Raw);

    /// <summary>Read as numbers where they parse (no string allocated); the rest are text.</summary>
    public static bool IsNumeric(Column c) => c is Column.Rank or Column.Label or Column.Score or Column.Verdict or Column.Sample or Column.Length or Column.LengthB;

    public static IReadOnlyList<bool> Needed(DataRole role) => role switch
    {
        DataRole.Items => ItemColumns,
        DataRole.HumanLabels => LabelColumns,
        _ => JudgmentColumns,
    };

    public static int Find(string name)
    {
        for (var i = 0; i < Count; i++)
        {
            if (string.Equals(Names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    static bool[] Mask(params Column[] columns)
    {
        var mask = new bool[Count];
        foreach (var c in columns)
        {
            mask[(int)c] = true;
        }

        return mask;
    }
}
