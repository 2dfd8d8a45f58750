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
        var (human, labeledOn) = JoinLabels(input, index, problems);
        var judges = input.Judges.Select(j => JoinJudge(j, input.Scale, index, input.Items.Count, problems)).ToList();
        problems.Summarize();

        var dataset = new EvalDataset { Scale = input.Scale, Items = input.Items, Human = human, HumanLabeledOn = labeledOn, Judges = judges };
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

    static (double?[] Human, DateOnly?[] LabeledOn) JoinLabels(DatasetInput input, Dictionary<string, int> index, ProblemLog problems)
    {
        var human = new double?[input.Items.Count];
        var labeledOn = new DateOnly?[input.Items.Count];
        if (input.Labels is null)
        {
            return (human, labeledOn);
        }

        var at = input.LabelsAt ?? input.ItemsAt;
        var matched = 0;
        foreach (var label in input.Labels)
        {
            if (!index.TryGetValue(label.ItemId, out var i))
            {
                // Label sets such as TREC qrels cover far more than one eval's items; the rest are simply not used.
                continue;
            }

            if (!input.Scale.Contains(label.Score))
            {
                problems.Add(DataDiagnostics.ScoreOutsideScale, $"Human label {ScaleValues.Written(label.Score)} for '{label.ItemId}' {ScaleValues.Problem(label.Score, input.Scale)}.", label.Source, at);
            }
            else if (human[i].HasValue)
            {
                problems.Add(DataDiagnostics.DuplicateVerdict, $"Item '{label.ItemId}' has more than one human label.", label.Source, at);
            }
            else
            {
                human[i] = label.Score;
                labeledOn[i] = label.LabeledOn ?? input.LabeledOn;
                matched++;
            }
        }

        if (matched == 0 && !problems.HasErrors)
        {
            problems.Add(DataDiagnostics.NoLabels, "The human label source yields no labels for these items.", at, at);
        }

        return (human, labeledOn);
    }

    static JudgeRatings JoinJudge(JudgeInput judge, Scale scale, Dictionary<string, int> index, int count, ProblemLog problems)
    {
        var pairwise = scale.Kind == TaskKind.Pairwise;
        var original = new double?[count];
        var swapped = pairwise ? new double?[count] : null;
        var seen = new bool[count];
        var reasons = new Dictionary<string, int>(StringComparer.Ordinal);
        var extra = new List<double?[]>();
        var raw = new string?[count];

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

            if (j.Sample > 0)
            {
                while (extra.Count < j.Sample)
                {
                    extra.Add(new double?[count]);
                }

                extra[j.Sample - 1][i] = Combine(j, pairwise);
                continue;
            }

            if (seen[i])
            {
                problems.Add(DataDiagnostics.DuplicateVerdict, $"Judge '{judge.Id}' has more than one verdict for '{j.ItemId}'.", j.Source, judge.DeclaredAt);
                continue;
            }

            seen[i] = true;
            original[i] = j.Score;
            raw[i] = j.RawText;
            if (swapped is not null)
            {
                swapped[i] = j.SwappedScore;
            }

            if (Combine(j, pairwise) is null)
            {
                Count(reasons, j.MissingReason ?? (pairwise ? "missing in one order" : "missing"));
            }
        }

        var unjudged = seen.Count(s => !s);
        if (unjudged == count)
        {
            problems.Add(DataDiagnostics.NoJudgments, $"Judge '{judge.Id}' has no judgments for these items.", judge.DeclaredAt, judge.DeclaredAt);
        }
        else if (unjudged > 0)
        {
            reasons["no judgment"] = unjudged;
        }

        var scores = pairwise ? original.Select((o, i) => Average(o, swapped![i])).ToArray() : original;
        return new JudgeRatings
        {
            JudgeId = judge.Id,
            Scores = scores,
            Original = pairwise ? original : null,
            Swapped = swapped,
            MissingReasons = reasons,
            ExtraSamples = extra,
            Raw = raw,
        };
    }

    static double? Combine(Judgment j, bool pairwise) => pairwise ? Average(j.Score, j.SwappedScore) : j.Score;

    /// <summary>
    /// The verdict of both orders: a winner only when both orders name it, otherwise a tie (an order-dependent
    /// preference, e.g. first in one order and tie in the other, is not a preference). Missing if either order is.
    /// </summary>
    static double? Average(double? a, double? b) => a.HasValue && b.HasValue ? (a == b ? a : Preference.Tie) : null;

    static bool InScale(double? value, Scale scale) => value is null || scale.Contains(value.Value);

    static void Count(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;
}
