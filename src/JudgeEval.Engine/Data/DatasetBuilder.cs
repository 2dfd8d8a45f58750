using System.Globalization;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Data;

/// <summary>Joins items, labels and judgments by item id and checks the join (JE0070-JE0077).</summary>
public static class DatasetBuilder
{
    /// <summary>Occurrences of one problem reported individually per source before a summary.</summary>
    public const int ReportLimit = 10;

    public static (EvalDataset? Dataset, IReadOnlyList<Diagnostic> Diagnostics) Build(DatasetInput input) => Build(input, false);

    /// <summary>
    /// As <see cref="Build(DatasetInput)"/>; with <paramref name="releaseColumns"/>, the imported label and judgment
    /// columns are released as each is joined (the input's rows cannot be read afterwards), so that the peak holds one
    /// judge's columns beside the joined data rather than all of them.
    /// </summary>
    public static (EvalDataset? Dataset, IReadOnlyList<Diagnostic> Diagnostics) Build(DatasetInput input, bool releaseColumns)
    {
        var problems = new ProblemLog();
        if (input.Items.Count == 0)
        {
            problems.Add(DataDiagnostics.NoItems, "The item source contains no items.", input.ItemsAt, input.ItemsAt);
            return (null, problems.Diagnostics);
        }

        var index = new ItemIndex(input.Items, IndexItems(input, problems));
        var labels = LabelJoin.Join(input, index, problems);
        if (releaseColumns && input.Labels is LabelColumns labelColumns)
        {
            labelColumns.Release();
        }

        var judges = new List<JudgeRatings>(input.Judges.Count);
        for (var j = 0; j < input.Judges.Count; j++)
        {
            var judge = input.Judges[j];
            judges.Add(JoinJudge(judge, input.Scale, index, input.Items.Count, problems));
            if (releaseColumns && judge.Judgments is JudgmentColumns columns && !UsedAfter(input.Judges, j, columns))
            {
                columns.Release();
            }
        }

        problems.Summarize();

        var dataset = new EvalDataset
        {
            Scale = input.Scale,
            Items = input.Items,
            Human = labels.Human,
            HumanGrades = labels.Grades,
            HumanLabeledOn = labels.LabeledOn,
            Rounding = input.Rounding,
            Consensus = labels.Consensus,
            Annotations = labels.Annotations,
            Judges = judges,
        };
        return (problems.HasErrors ? null : dataset, problems.Diagnostics);
    }

    static Dictionary<string, int> IndexItems(DatasetInput input, ProblemLog problems)
    {
        var index = new Dictionary<string, int>(input.Items.Count, StringComparer.Ordinal);
        for (var i = 0; i < input.Items.Count; i++)
        {
            var item = input.Items[i];
            if (!index.TryAdd(item.Id, i))
            {
                problems.Add(DataDiagnostics.DuplicateItemId, $"Item id '{item.Id}' appears more than once.", item.Source, input.ItemsAt);
            }
        }

        return index;
    }

    static JudgeRatings JoinJudge(JudgeInput judge, Scale scale, ItemIndex index, int count, ProblemLog problems)
    {
        var pairwise = scale.Kind == TaskKind.Pairwise;
        // Made on first use: most sources have no raw answers, and all of a complete source's verdicts are present.
        string?[]? reasons = null;
        var samples = new SortedDictionary<int, SampleColumn>();
        var next = 0;
        SampleColumn? previous = null;
        string?[]? raw = null;
        int[]? rawSample = null;

        var rows = JudgmentRecords.Of(judge.Judgments);
        // Columns give each row's id as an entry of the run's id table, placed without reading the id.
        var columns = rows as JudgmentColumns;
        for (var r = 0; r < rows.Count; r++)
        {
            var found = columns is not null ? index.TryFind(columns, r, ref next, out var i) : index.TryFind(rows.ItemId(r), ref next, out i);
            if (!found)
            {
                problems.Add(DataDiagnostics.UnknownItemId, $"Judge '{judge.Id}' judged '{rows.ItemId(r)}', which is not an item id.", rows.Source(r), judge.DeclaredAt);
                continue;
            }

            var (score, swapped) = (rows.Score(r), rows.SwappedScore(r));
            if (!InScale(score, scale) || !InScale(swapped, scale))
            {
                var bad = InScale(score, scale) ? swapped : score;
                problems.Add(DataDiagnostics.ScoreOutsideScale, $"Judge '{judge.Id}' gave {ScaleValues.Written(bad!.Value)} for '{rows.ItemId(r)}', which {ScaleValues.Problem(bad.Value, scale)}.", rows.Source(r), judge.DeclaredAt);
                continue;
            }

            // Rows of one sample come together: reuse the previous row's column before looking it up.
            var number = rows.Sample(r);
            var sample = previous is not null && previous.Index == number ? previous : null;
            if (sample is null && !samples.TryGetValue(number, out sample))
            {
                sample = new SampleColumn(count, pairwise) { Index = number };
                samples.Add(number, sample);
            }

            previous = sample;

            if (sample.Seen[i])
            {
                var which = number == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" in sample {number}");
                problems.Add(DataDiagnostics.DuplicateVerdict, $"Judge '{judge.Id}' has more than one verdict for '{rows.ItemId(r)}'{which}.", rows.Source(r), judge.DeclaredAt);
                continue;
            }

            sample.Set(i, score, swapped, rows.BothOrders(r));
            // The raw answer shown for review is the lowest sample's, the one position bias reads too. Until some row
            // has one, every item's is null, which any later row's replaces.
            var text = rows.RawText(r);
            if ((text is not null || raw is not null) && (raw is null || raw[i] is null || number < rawSample![i]))
            {
                raw ??= new string?[count];
                rawSample ??= new int[count];
                (raw[i], rawSample[i]) = (text, number);
            }

            if (sample.Verdicts[i] is null)
            {
                reasons ??= new string?[count];
                reasons[i] ??= rows.MissingReason(r) ?? (pairwise ? "missing in one order" : "missing");
            }
        }

        // Samples in index order; the first one present keeps the orders (position bias) and is FirstSample.
        var all = samples.Count == 0 ? [new SampleColumn(count, pairwise)] : samples.Values.ToList();
        var repeated = all.Count > 1;
        var scores = repeated ? SampleVerdicts.Combine([.. all.Select(s => s.Verdicts)], scale) : all[0].Verdicts;
        var missing = new Dictionary<string, int>(StringComparer.Ordinal);
        var unjudged = 0;
        for (var i = 0; i < count; i++)
        {
            if (!SeenInAny(all, i))
            {
                unjudged++;
            }
            else if (scores[i] is null)
            {
                Count(missing, reasons?[i] ?? "missing");
            }
        }

        if (unjudged == count)
        {
            problems.Add(DataDiagnostics.NoJudgments, $"Judge '{judge.Id}' has no judgments for these items.", judge.DeclaredAt, judge.DeclaredAt);
        }
        else if (unjudged > 0)
        {
            missing["no judgment"] = unjudged;
        }

        return new JudgeRatings
        {
            JudgeId = judge.Id,
            Scores = scores,
            Original = all[0].AnyOrders ? all[0].Original : null,
            Swapped = all[0].AnyOrders ? all[0].Swapped : null,
            MissingReasons = missing,
            FirstSample = repeated ? all[0].Verdicts : null,
            ExtraSamples = [.. all.Skip(1).Select(s => s.Verdicts)],
            // Without any raw answer, none to show: the list is empty rather than a null per item.
            Raw = raw ?? [],
        };
    }

    /// <summary>Whether a later judge reads the same columns (releasing them would take its rows).</summary>
    static bool UsedAfter(IReadOnlyList<JudgeInput> judges, int j, JudgmentColumns columns)
    {
        for (var k = j + 1; k < judges.Count; k++)
        {
            if (ReferenceEquals(judges[k].Judgments, columns))
            {
                return true;
            }
        }

        return false;
    }

    static bool SeenInAny(List<SampleColumn> samples, int i)
    {
        foreach (var s in samples)
        {
            if (s.Seen[i])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One sample's verdicts of one judge, aligned by item.</summary>
    sealed class SampleColumn(int count, bool pairwise)
    {
        public int Index { get; init; }

        public double?[] Verdicts { get; } = new double?[count];

        public bool[] Seen { get; } = new bool[count];

        /// <summary>Pairwise only: the verdicts of each order.</summary>
        public double?[]? Original { get; } = pairwise ? new double?[count] : null;

        public double?[]? Swapped { get; } = pairwise ? new double?[count] : null;

        /// <summary>Whether any verdict came with its orders; a source of combined verdicts (`order: both`) has none.</summary>
        public bool AnyOrders { get; private set; }

        public void Set(int i, double? score, double? swapped, bool bothOrders)
        {
            Seen[i] = true;
            Verdicts[i] = pairwise && !bothOrders ? Average(score, swapped) : score;
            if (Original is not null && Swapped is not null && !bothOrders)
            {
                AnyOrders = true;
                Original[i] = score;
                Swapped[i] = swapped;
            }
        }
    }

    /// <summary>
    /// The verdict of both orders: a winner only when both orders name it, otherwise a tie (an order-dependent
    /// preference, e.g. first in one order and tie in the other, is not a preference). Missing if either order is.
    /// </summary>
    static double? Average(double? a, double? b) => a.HasValue && b.HasValue ? (a == b ? a : Preference.Tie) : null;

    static bool InScale(double? value, Scale scale) => value is null || scale.Contains(value.Value);

    static void Count(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;
}
