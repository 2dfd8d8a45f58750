using System.Globalization;
using JudgeEval.Engine.Import;

namespace JudgeEval.Engine.Data;

/// <summary>
/// Why a declared human-label source gave no item a usable label, in one sentence: rows without a `label` (and the
/// columns that were there instead), ids that match no item, or an empty source. JE0076 states it once.
/// </summary>
public sealed record LabelShortfall(int RowsWithoutLabel, IReadOnlyList<string> IgnoredColumns)
{
    public static LabelShortfall None { get; } = new(0, []);

    public static LabelShortfall Of(IEnumerable<ImportResult> sources)
    {
        var read = sources.ToList();
        return new(
            read.Sum(r => r.RowsWithoutLabel + r.ProblemCounts.GetValueOrDefault(ImportDiagnostics.MissingLabel.Code)),
            [.. read.SelectMany(r => r.IgnoredColumns).Distinct(StringComparer.Ordinal)]);
    }

    /// <param name="labels">The labels the sources yielded.</param>
    /// <param name="items">The eval's items, for an example of their ids.</param>
    public string Explain(IReadOnlyList<HumanLabel> labels, IReadOnlyList<EvalItem> items)
    {
        const string Head = "humanLabels is declared but no item got a usable label: ";
        if (labels.Count > 0)
        {
            return Head + string.Create(
                CultureInfo.InvariantCulture,
                $"none of its {labels.Count} labels names an item id (labels name e.g. '{labels[0].ItemId}', the items e.g. '{items[0].Id}'). Make the label ids the item ids.");
        }

        var instead = IgnoredColumns.Count == 0 ? "" : $" The rows have {string.Join(", ", IgnoredColumns.Select(c => $"'{c}'"))}, which is not read: name the label column `label`.";
        return RowsWithoutLabel > 0
            ? Head + string.Create(CultureInfo.InvariantCulture, $"none of its {RowsWithoutLabel} rows has a `label` value.{instead}")
            : Head + $"the source holds no label rows.{instead}";
    }
}
