using JudgeEval.Engine.Statistics.Significance;

namespace JudgeEval.Engine.Statistics.Annotators;

/// <summary>
/// The alternative annotator test (Calderon, Reichart and Dror, ACL 2025, "The Alternative Annotator Test for
/// LLM-as-a-Judge"): can the judge replace a human annotator? Items count when the judge has a verdict and at least two
/// annotators labelled them. Each annotator h with at least <c>minItems</c> such items is left out in turn; on each of
/// its items both h and the judge are scored against the remaining annotators' labels (accuracy or -RMSE), the judge
/// "wins" the item when its score is at least h's (W_f = 1) and h wins when h's is at least the judge's (W_h = 1; a tie
/// counts for both). rho_f = mean W_f, rho_h = mean W_h. A one-sided one-sample t-test of d = W_h - W_f tests
/// H0: rho_h - rho_f &gt;= epsilon (epsilon: the cost-benefit allowance for the judge) against H1: &lt; epsilon; the
/// p-values of all tested annotators go through the Benjamini-Yekutieli procedure at q. The winning rate is the share
/// of tested annotators whose hypothesis is rejected (the judge wins against them); the judge passes at a winning
/// rate of at least 0.5. The advantage probability is the mean rho_f over the tested annotators.
/// </summary>
public static class AlternativeAnnotatorTest
{
    /// <summary>The paper's false discovery rate.</summary>
    public const double Fdr = 0.05;

    /// <summary>The paper's minimum items per annotator (the t-test's normality needs about 30).</summary>
    public const int MinItems = 30;

    /// <param name="judge">The judge's verdict per item (null: none).</param>
    /// <param name="annotators">Each annotator's label per item, aligned with <paramref name="judge"/>.</param>
    /// <param name="scoring">How an annotation is scored against the others.</param>
    /// <param name="epsilon">The allowance for the judge (the paper: 0.2 experts, 0.15 skilled annotators, 0.1 crowd workers).</param>
    /// <param name="q">The false discovery rate of the Benjamini-Yekutieli procedure.</param>
    /// <param name="minItems">Annotators with fewer items are not tested.</param>
    public static AltTestOutcome Run(
        IReadOnlyList<double?> judge, IReadOnlyList<(string Annotator, IReadOnlyList<double?> Labels)> annotators, AltTestScoring scoring, double epsilon, double q = Fdr, int minItems = MinItems)
    {
        // Per usable item, who labelled it and how; per annotator, its usable items: O(annotations), however many annotators.
        var labelled = new List<(int Annotator, double Label)>[judge.Count];
        var itemsOf = annotators.Select(_ => new List<int>()).ToArray();
        var usable = 0;
        for (var i = 0; i < judge.Count; i++)
        {
            if (!judge[i].HasValue)
            {
                continue;
            }

            var on = new List<(int Annotator, double Label)>();
            for (var h = 0; h < annotators.Count; h++)
            {
                if (annotators[h].Labels[i] is { } label)
                {
                    on.Add((h, label));
                }
            }

            if (on.Count < 2)
            {
                continue;
            }

            labelled[i] = on;
            usable++;
            foreach (var (h, _) in on)
            {
                itemsOf[h].Add(i);
            }
        }

        var tested = new List<AltTestAnnotator>();
        var skipped = new List<AltTestAnnotator>();
        for (var h = 0; h < annotators.Count; h++)
        {
            var name = annotators[h].Annotator;
            var items = itemsOf[h];
            if (items.Count < minItems)
            {
                if (items.Count == 0)
                {
                    continue;
                }

                skipped.Add(new AltTestAnnotator(name, items.Count, double.NaN, double.NaN, double.NaN, Tested: false, Rejected: false));
                continue;
            }

            var judgeWins = new double[items.Count];
            var humanWins = new double[items.Count];
            for (var k = 0; k < items.Count; k++)
            {
                var i = items[k];
                var rest = labelled[i].Where(a => a.Annotator != h).Select(a => a.Label).ToArray();
                var human = Score(annotators[h].Labels[i]!.Value, rest, scoring);
                var llm = Score(judge[i]!.Value, rest, scoring);
                judgeWins[k] = llm >= human ? 1 : 0;
                humanWins[k] = human >= llm ? 1 : 0;
            }

            var differences = humanWins.Zip(judgeWins, (hw, fw) => hw - fw).ToArray();
            tested.Add(new AltTestAnnotator(name, items.Count, judgeWins.Average(), humanWins.Average(), OneSampleTTest.LowerTailP(differences, epsilon), Tested: true, Rejected: false));
        }

        var rejected = BenjaminiYekutieli.Rejected([.. tested.Select(t => t.PValue)], q);
        var results = tested.Select((t, k) => t with { Rejected = rejected[k] }).ToList();
        var winningRate = results.Count == 0 ? double.NaN : (double)rejected.Count(r => r) / results.Count;
        var advantage = results.Count == 0 ? double.NaN : results.Average(t => t.JudgeAdvantage);
        return new AltTestOutcome(usable, winningRate, advantage, [.. results, .. skipped]);
    }

    /// <summary>Accuracy: the share of <paramref name="others"/> equal to <paramref name="value"/>; -RMSE: minus the root mean squared difference.</summary>
    public static double Score(double value, IReadOnlyList<double> others, AltTestScoring scoring) => scoring == AltTestScoring.Accuracy
        ? others.Count(o => o == value) / (double)others.Count
        : -Math.Sqrt(others.Average(o => (value - o) * (value - o)));
}

/// <summary>The test's outcome: items used, the winning rate (NaN when no annotator could be tested), the advantage probability and each annotator with usable items (tested ones first).</summary>
public sealed record AltTestOutcome(int Items, double WinningRate, double AdvantageProbability, IReadOnlyList<AltTestAnnotator> Annotators)
{
    /// <summary>The judge passes when it wins against at least half of the tested annotators.</summary>
    public bool Passed => WinningRate >= 0.5;
}

/// <summary>
/// One left-out annotator: its items, rho_f (the judge's advantage over it), rho_h (its advantage over the judge), the
/// one-sided p-value, whether it was tested (enough items) and whether H0 was rejected (the judge wins).
/// </summary>
public sealed record AltTestAnnotator(string Annotator, int Items, double JudgeAdvantage, double HumanAdvantage, double PValue, bool Tested, bool Rejected);
