using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Import;

/// <summary>Turns rows of the project's jsonl/csv formats into items, labels or judgments (one mapping for both formats).</summary>
/// <param name="context">The import.</param>
sealed class TableMapper(ImportContext context)
{
    readonly PairwiseMerger? merger = context.Role == DataRole.Judgments && context.Kind == TaskKind.Pairwise ? new PairwiseMerger(context) : null;

    /// <summary>
    /// Adds the row read at <paramref name="at"/>; its location is made only for a problem, an item or a label.
    /// <paramref name="idEntry"/> is the entry of its id in <see cref="ImportContext.Ids"/> when the importer has it, else -1.
    /// </summary>
    public void Add(TableRow row, LineSpan at, int idEntry = -1)
    {
        var text = Values.Text(row[Column.Id]);
        if (text is null)
        {
            context.Report(ImportDiagnostics.MissingId, "The row has no `id`; it is skipped.", context.Line(at));
            return;
        }

        // The run's one string for the id: the importer's entry when it read this very id (a later `id` property, a
        // number say, replaces an earlier one), else looked up.
        var entry = idEntry >= 0 && ReferenceEquals(context.Ids[idEntry], text) ? idEntry : context.Ids.Entry(text);
        var id = context.Ids[entry];
        switch (context.Role)
        {
            case DataRole.Items:
                AddItem(row, id, context.Line(at));
                break;
            case DataRole.HumanLabels:
                AddLabel(row, id, at);
                break;
            default:
                AddJudgment(row, id, entry, at);
                break;
        }
    }

    /// <summary>The column a label is read from, for messages: `label`, or the one `column` names.</summary>
    string LabelName => context.Source.Option("column") ?? "label";

    string Expected => context.Kind == TaskKind.Pairwise ? "first, second, tie, 1 or 2"
        : context.Source.BinaryScale ? "a number, true/false, yes/no or pass/fail"
        : "a number";

    /// <summary>A pairwise verdict, a binary verdict (booleans allowed) or a number.</summary>
    bool TryGrade(in Cell cell, out double value) =>
        context.Kind == TaskKind.Pairwise ? Values.TryVerdict(cell, out value)
        : context.Source.BinaryScale ? Values.TryBinary(cell, out value)
        : Values.TryNumber(cell, out value);

    /// <summary>Call after the last row: pairwise orders are merged only once every row has been seen.</summary>
    public void Complete() => merger?.Complete();

    void AddItem(TableRow row, string id, SourceLocation at)
    {
        int? rank = null;
        var rankCell = row[Column.Rank];
        if (!rankCell.IsBlank)
        {
            if (Values.TryWholeNumber(rankCell, out var r) && r >= 1)
            {
                rank = r;
            }
            else
            {
                context.Report(ImportDiagnostics.BadValue, $"`rank` of '{id}' is '{rankCell.Display}'; it must be a whole number from 1.", at);
            }
        }

        var length = Length(row, Column.Length, id, at);
        var lengthB = Length(row, Column.LengthB, id, at);
        context.Items.Add(new EvalItem
        {
            Id = id,
            Query = Values.Text(row[Column.Query]),
            QueryId = Values.Text(row[Column.QueryId]),
            Text = Values.Text(row[Column.Text]),
            Model = Values.Text(row[Column.Model]),
            TextB = Values.Text(row[Column.TextB]),
            ModelB = Values.Text(row[Column.ModelB]),
            Rank = rank,
            Tags = Values.Tags(row[Column.Tags]),
            Length = length,
            LengthB = lengthB,
            Source = at,
        });
    }

    int? Length(TableRow row, Column column, string id, SourceLocation at)
    {
        var cell = row[column];
        if (cell.IsBlank)
        {
            return null;
        }

        if (Values.TryWholeNumber(cell, out var length) && length >= 0)
        {
            return length;
        }

        context.Report(ImportDiagnostics.BadValue, $"`{Columns.Names[(int)column]}` of '{id}' is '{cell.Display}'; it must be a whole number from 0 (characters).", at);
        return null;
    }

    void AddLabel(TableRow row, string id, LineSpan at)
    {
        var cell = row[Column.Label];
        if (cell.IsBlank)
        {
            // Humans label a subset: an empty cell means "not labelled", which is normal, not a problem. It is counted, so
            // a source where no row has a label can say so (JE0076).
            context.RowsWithoutLabel++;
            return;
        }

        if (!TryGrade(cell, out var score))
        {
            context.Report(ImportDiagnostics.BadValue, $"`{LabelName}` of '{id}' is '{cell.Display}'; it must be {Expected}.", context.Line(at));
            return;
        }

        DateOnly? labeledOn = null;
        var dateCell = row[Column.LabeledOn];
        if (!dateCell.IsBlank)
        {
            if (Values.TryDate(dateCell, out var date))
            {
                labeledOn = date;
            }
            else
            {
                context.Report(ImportDiagnostics.BadValue, $"`labeledOn` of '{id}' is '{dateCell.Display}'; it must be a date yyyy-MM-dd.", context.Line(at));
            }
        }

        var annotator = Values.Text(row[Column.Annotator]) ?? context.Source.Option("column");
        context.Labels.Add(id, score, annotator, labeledOn, at.Line, at.EndLine, at.EndColumn);
    }

    void AddJudgment(TableRow row, string id, int idEntry, LineSpan at)
    {
        var key = Values.Text(row[Column.Judge]) ?? "";
        if (!context.WantsKey(key))
        {
            return;
        }

        var sample = 0;
        var sampleCell = row[Column.Sample];
        if (!sampleCell.IsBlank && (!Values.TryWholeNumber(sampleCell, out sample) || sample is < 0 or > Judgment.MaxSample))
        {
            context.Report(ImportDiagnostics.BadValue, $"`sample` of '{id}' is '{sampleCell.Display}'; it must be a whole number from 0 to {Judgment.MaxSample}. The row is skipped.", context.Line(at));
            return;
        }

        var pairwise = context.Kind == TaskKind.Pairwise;
        var (first, second) = pairwise ? (Column.Verdict, Column.Score) : (Column.Score, Column.Verdict);
        var cell = row[first].Kind == CellKind.Absent ? row[second] : row[first];
        double? score = null;
        string? missing = null;
        if (cell.IsBlank)
        {
            missing = Values.Text(row[Column.Reason]) ?? Values.BlankReason(cell);
        }
        else if (TryGrade(cell, out var value))
        {
            score = value;
        }
        else
        {
            missing = "unparseable score";
            context.Report(ImportDiagnostics.UnparseableScore, $"The judgment of '{id}' is '{cell.Display}', not {Expected}; it counts as missing.", context.Line(at));
        }

        var raw = Values.Text(row[Column.Raw]);
        if (merger is null)
        {
            context.AddJudgment(key, idEntry, score, sample, missing, raw, at);
            return;
        }

        var judgment = new Judgment { ItemId = id, Score = score, Sample = sample, MissingReason = missing, RawText = raw, Source = context.Line(at) };

        var orderCell = row[Column.Order];
        var order = Values.Text(orderCell)?.Trim();
        if (order is null && context.Source.Option("column") is not null)
        {
            // A wide table holds one verdict per item and judge: the item's verdict, whatever the orders were.
            merger.AddBoth(key, judgment);
        }
        else if (order is null || order.Equals("original", StringComparison.OrdinalIgnoreCase))
        {
            merger.Add(key, judgment, swapped: false);
        }
        else if (order.Equals("both", StringComparison.OrdinalIgnoreCase))
        {
            merger.AddBoth(key, judgment);
        }
        else if (order.Equals("swapped", StringComparison.OrdinalIgnoreCase))
        {
            merger.Add(key, judgment, swapped: true);
        }
        else
        {
            context.Report(ImportDiagnostics.BadValue, $"`order` of '{id}' is '{orderCell.Display}'; it must be original, swapped or both. The row is skipped.", context.Line(at));
        }
    }
}
