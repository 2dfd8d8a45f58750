using System.Globalization;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Data;

/// <summary>Joins items, labels and judgments by item id and checks the join (JE0070-JE0077).</summary>
public static class DatasetBuilder
{
    /// <summary>Occurrences of one problem reported individually per source before a summary.</summary>
    public const int ReportLimit = 10;

    public static (EvalDataset? Dataset, IReadOnlyList<Diagnostic> Diagnostics) Build(DatasetInput input)
    {
        var problems = new ProblemLog();
        if (input.Items.Count == 0)
        {
            problems.Add(DataDiagnostics.NoItems, "The item source contains no items.", input.ItemsAt, input.ItemsAt);
            return (null, problems.Diagnostics);
        }

        var index = IndexItems(input, problems);
        var labels = LabelJoin.Join(input, index, problems);
        var judges = input.Judges.Select(j => JoinJudge(j, input.Scale, index, input.Items.Count, problems)).ToList();
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

    static JudgeRatings JoinJudge(JudgeInput judge, Scale scale, Dictionary<string, int> index, int count, ProblemLog problems)
    {
        var pairwise = scale.Kind == TaskKind.Pairwise;
        var reasons = new string?[count];
        var samples = new SortedDictionary<int, SampleColumn>();
        var raw = new string?[count];
        var rawSample = new int[count];

        foreach (var j in judge.Judgments)
        {
            if (!index.TryGetValue(j.ItemId, out var i))
            {
                problems.Add(DataDiagnostics.UnknownItemId, $"Judge '{judge.Id}' judged '{j.ItemId}', which is not an item id.", j.Source, judge.DeclaredAt);
                continue;
            }

            if (!InScale(j.Score, scale) || !InScale(j.SwappedScore, scale))
            {
                var bad = InScale(j.Score, scale) ? j.SwappedScore : j.Score;
                problems.Add(DataDiagnostics.ScoreOutsideScale, $"Judge '{judge.Id}' gave {ScaleValues.Written(bad!.Value)} for '{j.ItemId}', which {ScaleValues.Problem(bad.Value, scale)}.", j.Source, judge.DeclaredAt);
                continue;
            }

            if (!samples.TryGetValue(j.Sample, out var sample))
            {
                sample = new SampleColumn(count, pairwise);
                samples.Add(j.Sample, sample);
            }

            if (sample.Seen[i])
            {
                var which = j.Sample == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" in sample {j.Sample}");
                problems.Add(DataDiagnostics.DuplicateVerdict, $"Judge '{judge.Id}' has more than one verdict for '{j.ItemId}'{which}.", j.Source, judge.DeclaredAt);
                continue;
            }

            sample.Set(i, j);
            // The raw answer shown for review is the lowest sample's, the one position bias reads too.
            if (raw[i] is null || j.Sample < rawSample[i])
            {
                (raw[i], rawSample[i]) = (j.RawText, j.Sample);
            }
            if (sample.Verdicts[i] is null)
            {
                reasons[i] ??= j.MissingReason ?? (pairwise ? "missing in one order" : "missing");
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
            if (!all.Exists(s => s.Seen[i]))
            {
                unjudged++;
            }
            else if (scores[i] is null)
            {
                Count(missing, reasons[i] ?? "missing");
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
            Raw = raw,
        };
    }

    /// <summary>One sample's verdicts of one judge, aligned by item.</summary>
    sealed class SampleColumn(int count, bool pairwise)
    {
        public double?[] Verdicts { get; } = new double?[count];

        public bool[] Seen { get; } = new bool[count];

        /// <summary>Pairwise only: the verdicts of each order.</summary>
        public double?[]? Original { get; } = pairwise ? new double?[count] : null;

        public double?[]? Swapped { get; } = pairwise ? new double?[count] : null;

        /// <summary>Whether any verdict came with its orders; a source of combined verdicts (`order: both`) has none.</summary>
        public bool AnyOrders { get; private set; }

        public void Set(int i, Judgment j)
        {
            Seen[i] = true;
            Verdicts[i] = Combine(j, pairwise);
            if (Original is not null && Swapped is not null && !j.BothOrders)
            {
                AnyOrders = true;
                Original[i] = j.Score;
                Swapped[i] = j.SwappedScore;
            }
        }
    }

    static double? Combine(Judgment j, bool pairwise) => pairwise && !j.BothOrders ? Average(j.Score, j.SwappedScore) : j.Score;

    /// <summary>
    /// The verdict of both orders: a winner only when both orders name it, otherwise a tie (an order-dependent
    /// preference, e.g. first in one order and tie in the other, is not a preference). Missing if either order is.
    /// </summary>
    static double? Average(double? a, double? b) => a.HasValue && b.HasValue ? (a == b ? a : Preference.Tie) : null;

    static bool InScale(double? value, Scale scale) => value is null || scale.Contains(value.Value);

    static void Count(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;
}
