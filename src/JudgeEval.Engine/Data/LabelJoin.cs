using JudgeEval.Engine.Statistics.Annotators;

namespace JudgeEval.Engine.Data;

/// <summary>
/// Joins human labels to the items. Rows that share an item id but name different annotators are annotations of one
/// item: they are kept per annotator and combined into the item's consensus label (the same annotator, or no annotator,
/// twice is a duplicate, JE0074). Pointwise labels may fall between grades; the exact consensus is kept, and a copy
/// rounded to grades serves the categorical statistics.
/// </summary>
static class LabelJoin
{
    public static JoinedLabels Join(DatasetInput input, ItemIndex index, ProblemLog problems)
    {
        var count = input.Items.Count;
        var pairwise = input.Scale.Kind == TaskKind.Pairwise;
        var method = input.Consensus ?? DefaultConsensus(input.Scale.Kind);
        var human = new double?[count];
        var labeledOn = new DateOnly?[count];
        if (input.Labels is null)
        {
            return new JoinedLabels(human, human, labeledOn, [], method);
        }

        var at = input.LabelsAt ?? input.ItemsAt;
        var annotators = new Dictionary<string, double?[]>(StringComparer.Ordinal);
        var order = new List<string>();
        // Most items have one annotation: it is kept in `first`, and a list is made only for an item's second one.
        var first = new double?[count];
        var values = new List<double>?[count];
        var next = 0;
        // Columns give each label without a location; one is made only for a label with a problem.
        var columns = input.Labels as LabelColumns;
        for (var r = 0; r < input.Labels.Count; r++)
        {
            var label = columns?.Fields(r) ?? input.Labels[r];
            if (!index.TryFind(label.ItemId, ref next, out var i))
            {
                // Label sets such as TREC qrels cover far more than one eval's items; the rest are simply not used.
                continue;
            }

            if (!input.Scale.ContainsLabel(label.Score))
            {
                problems.Add(DataDiagnostics.ScoreOutsideScale, $"Human label {ScaleValues.Written(label.Score)} for '{label.ItemId}' {ScaleValues.LabelProblem(label.Score, input.Scale)}.", columns?.Source(r) ?? label.Source, at);
                continue;
            }

            var who = label.Annotator ?? string.Empty;
            if (!annotators.TryGetValue(who, out var labels))
            {
                labels = new double?[count];
                annotators.Add(who, labels);
                order.Add(who);
            }

            if (labels[i].HasValue)
            {
                var message = who.Length == 0
                    ? $"Item '{label.ItemId}' has more than one human label (rows by different people need an `annotator` each)."
                    : $"Annotator '{who}' labelled item '{label.ItemId}' more than once.";
                problems.Add(DataDiagnostics.DuplicateVerdict, message, columns?.Source(r) ?? label.Source, at);
                continue;
            }

            labels[i] = label.Score;
            if (first[i] is not { } firstLabel)
            {
                first[i] = label.Score;
            }
            else
            {
                (values[i] ??= [firstLabel]).Add(label.Score);
            }

            var date = label.LabeledOn ?? input.LabeledOn;
            labeledOn[i] = labeledOn[i] is { } earlier && date is { } d ? (d < earlier ? d : earlier) : labeledOn[i] ?? date;
        }

        for (var i = 0; i < count; i++)
        {
            if (values[i] is { } annotations)
            {
                human[i] = Consensus.Of(annotations, method, pairwise ? Preference.Tie : null);
            }
            else if (first[i] is { } only)
            {
                // The median and majority of one value are that value; the mean goes through the sum (0 + -0 is 0).
                human[i] = method == ConsensusMethod.Mean ? Consensus.Of([only], method, pairwise ? Preference.Tie : null) : only;
            }
        }

        if (annotators.Count == 0 && !problems.HasErrors)
        {
            problems.Add(DataDiagnostics.NoLabels, input.LabelShortfall.Explain(input.Labels, input.Items), at, at);
        }

        var grades = pairwise ? human : LabelGrades.Round(human, input.Rounding);
        return new JoinedLabels(human, grades, labeledOn, [.. order.Select(a => new AnnotatorLabels(a, annotators[a]))], method);
    }

    /// <summary>Median for grades (robust to one outlying annotator), majority for pairwise verdicts.</summary>
    public static ConsensusMethod DefaultConsensus(TaskKind kind) => kind == TaskKind.Pairwise ? ConsensusMethod.Majority : ConsensusMethod.Median;
}

/// <summary>The labels joined to the items: exact consensus, rounded grades, dates, the individual annotations and the consensus rule used.</summary>
sealed record JoinedLabels(double?[] Human, double?[] Grades, DateOnly?[] LabeledOn, IReadOnlyList<AnnotatorLabels> Annotations, ConsensusMethod Consensus);
