using JudgeEval.Engine.Data;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Statistics.Agreement;
using JudgeEval.Engine.Statistics.Annotators;

namespace JudgeEval.Engine.Analysis;

/// <summary>
/// The humans' own agreement over the individual annotations: Krippendorff's alpha (ordinal for grades, nominal for
/// pairwise verdicts, as among the judges) and Cohen's kappa of every two annotators with the task's weighting,
/// averaged over the pairs weighted by the items each pair shares. Fractional annotations are rounded to grades with the
/// labels' rounding. Both are measured only when at least <c>minItems</c> items have two or more annotators.
/// </summary>
public static class HumanCeilingAnalyzer
{
    public static HumanCeiling? Analyze(EvalDataset data, AnalysisSettings settings, int minItems)
    {
        if (data.Annotations.Count == 0)
        {
            return null;
        }

        var raters = data.Annotations
            .Select(a => settings.Pairwise ? a.Labels : LabelGrades.Round(a.Labels, settings.Rounding))
            .ToList();
        var perItem = Enumerable.Range(0, data.Items.Count).Select(i => raters.Count(r => r[i].HasValue)).ToArray();
        var several = perItem.Count(n => n >= 2);
        var level = settings.Pairwise ? AlphaLevel.Nominal : AlphaLevel.Ordinal;
        var ceiling = new HumanCeiling
        {
            Annotators = raters.Count,
            Items = perItem.Count(n => n >= 1),
            ItemsWithSeveral = several,
            Consensus = data.Consensus,
            AlphaLevel = level,
            Weighting = settings.Weighting,
        };
        if (several < Math.Max(1, minItems))
        {
            return ceiling;
        }

        var (kappa, pairs) = MeanPairwiseKappa(raters, settings);
        return ceiling with
        {
            Alpha = KrippendorffAlpha.Compute(raters, level, settings.Categories),
            MeanPairwiseKappa = kappa,
            Pairs = pairs,
        };
    }

    /// <summary>
    /// Pairs sharing fewer than two items, or with an undefined kappa, are left out. Each pair's confusion table is
    /// counted item by item from the annotators on that item (O(sum of annotators per item squared)), so a crowd of
    /// hundreds of annotators who each labelled a few items costs no more than the annotations themselves.
    /// </summary>
    static (double Kappa, int Pairs) MeanPairwiseKappa(List<double?[]> raters, AnalysisSettings settings)
    {
        var codes = raters.Select(r => Categories.Encode(r, settings.Categories)).ToArray();
        var k = settings.Categories.Count;
        var tables = new Dictionary<(int A, int B), long[,]>();
        var present = new List<int>(codes.Length);
        for (var i = 0; i < raters[0].Length; i++)
        {
            present.Clear();
            for (var r = 0; r < codes.Length; r++)
            {
                if (codes[r][i] >= 0)
                {
                    present.Add(r);
                }
            }

            for (var x = 0; x < present.Count; x++)
            {
                for (var y = x + 1; y < present.Count; y++)
                {
                    var (a, b) = (present[x], present[y]);
                    if (!tables.TryGetValue((a, b), out var table))
                    {
                        table = new long[k, k];
                        tables.Add((a, b), table);
                    }

                    table[codes[a][i], codes[b][i]]++;
                }
            }
        }

        double sum = 0, weight = 0;
        var pairs = 0;
        foreach (var table in tables.Values)
        {
            long n = 0;
            foreach (var cell in table)
            {
                n += cell;
            }

            var kappa = CohenKappa.FromTable(table, settings.Weights);
            if (n < 2 || double.IsNaN(kappa))
            {
                continue;
            }

            sum += kappa * n;
            weight += n;
            pairs++;
        }

        return (weight == 0 ? double.NaN : sum / weight, pairs);
    }
}
