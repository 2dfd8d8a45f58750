using JudgeEval.Engine.Data;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Statistics.Correlation;
using JudgeEval.Engine.Statistics.Resampling;
using JudgeEval.Engine.Statistics.Significance;

namespace JudgeEval.Engine.Analysis;

/// <summary>
/// Verbosity bias: does the judge reward longer outputs more than the humans do on the same items? An output's length
/// is the data's `length` (`lengthB`) where given, else the characters (Unicode scalar values) of its text; an item
/// without either is left out.
/// Pointwise: d = judge - human per item; the items at or below the first length quartile (short) and at or above the
/// third (long), type 7 quantiles; Difference = mean d(long) - mean d(short) with a two-sample permutation test and a
/// stratified bootstrap interval; Spearman of length with d over every item. Undefined when the quartiles coincide.
/// Pairwise: pairs of unequal length; the judge's and the humans' rate of preferring the longer output (tie = one half);
/// the paired difference with a sign-flip test and a bootstrap interval, as self-preference does for own outputs.
/// </summary>
public static class LengthBiasAnalyzer
{
    public static LengthBias? Analyze(JudgeRatings ratings, EvalDataset data, AnalysisSettings settings)
    {
        if (!data.HasHumanLabels)
        {
            return null;
        }

        var (fromColumn, lengths, lengthsB) = ItemLengths.Of(data.Items);
        var source = fromColumn ? "length" : "text";
        if (settings.Pairwise)
        {
            return lengths.Any(l => l.HasValue) && lengthsB.Any(l => l.HasValue) ? Pairwise(ratings.Scores, data.Human, lengths, lengthsB, settings, source) : null;
        }

        return lengths.Any(l => l.HasValue) ? Pointwise(ratings.Scores, data.Human, lengths, settings, source) : null;
    }

    /// <summary>The items' lengths (output 1 and output 2), measured once per item list for every judge.</summary>
    sealed record ItemLengths(bool FromColumn, int?[] Lengths, int?[] LengthsB)
    {
        static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<EvalItem>, ItemLengths> Cache = [];

        public static ItemLengths Of(IReadOnlyList<EvalItem> items) => Cache.GetValue(items, Measure);

        static ItemLengths Measure(IReadOnlyList<EvalItem> items)
        {
            var fromColumn = items.Any(i => i.Length.HasValue);
            return new ItemLengths(
                fromColumn,
                [.. items.Select(i => LengthOf(i.Length, i.Text, fromColumn))],
                [.. items.Select(i => LengthOf(i.LengthB, i.TextB, fromColumn))]);
        }
    }

    /// <summary>Characters as a reader counts them: Unicode scalar values, so an emoji or a CJK character is one.</summary>
    public static int? CharacterCount(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    static int? LengthOf(int? length, string? text, bool fromColumn) => fromColumn ? length : CharacterCount(text);

    static LengthBias Pointwise(double?[] judge, double?[] human, int?[] lengths, AnalysisSettings settings, string source)
    {
        var len = new List<double>();
        var diff = new List<double>();
        var judged = new List<double>();
        var labelled = new List<double>();
        for (var i = 0; i < judge.Length; i++)
        {
            if (judge[i] is { } j && human[i] is { } h && lengths[i] is { } l)
            {
                len.Add(l);
                diff.Add(j - h);
                judged.Add(j);
                labelled.Add(h);
            }
        }

        var spearman = RankCorrelation.Spearman([.. len.Select(v => (double?)v)], [.. diff.Select(v => (double?)v)]);
        var sorted = len.Order().ToArray();
        var (q1, q3) = (Percentile.QuantileOfSorted(sorted, 0.25), Percentile.QuantileOfSorted(sorted, 0.75));
        if (sorted.Length < 2 || !(q1 < q3))
        {
            return new LengthBias { N = 0, Measure = LengthMeasure.QuartileGap, Test = SignificanceTest.TwoSamplePermutation, Spearman = spearman, LengthSource = source };
        }

        var longer = Enumerable.Range(0, len.Count).Where(i => len[i] >= q3).ToList();
        var shorter = Enumerable.Range(0, len.Count).Where(i => len[i] <= q1).ToList();
        var longDiff = longer.Select(i => diff[i]).ToList();
        var shortDiff = shorter.Select(i => diff[i]).ToList();
        var difference = longDiff.Average() - shortDiff.Average();
        var range = settings.Scale.Max - settings.Scale.Min;
        return new LengthBias
        {
            N = longer.Count + shorter.Count,
            Measure = LengthMeasure.QuartileGap,
            JudgeValue = longer.Average(i => judged[i]) - shorter.Average(i => judged[i]),
            HumanValue = longer.Average(i => labelled[i]) - shorter.Average(i => labelled[i]),
            Difference = difference,
            DifferenceCi95 = TwoSampleBootstrap.MeanDifference(longDiff, shortDiff, settings.Resamples, settings.Seed),
            PValue = PermutationTest.PValue(longDiff, shortDiff, settings.Seed),
            Test = SignificanceTest.TwoSamplePermutation,
            Effect = difference / range,
            Spearman = spearman,
            LengthSource = source,
        };
    }

    static LengthBias Pairwise(double?[] judge, double?[] human, int?[] lengths, int?[] lengthsB, AnalysisSettings settings, string source)
    {
        var judgeRate = new List<double>();
        var humanRate = new List<double>();
        for (var i = 0; i < judge.Length; i++)
        {
            if (judge[i] is { } j && human[i] is { } h && lengths[i] is { } a && lengthsB[i] is { } b && a != b)
            {
                var longer = a > b ? Preference.First : Preference.Second;
                judgeRate.Add(Prefers(j, longer));
                humanRate.Add(Prefers(h, longer));
            }
        }

        var paired = PairedDifference.Of(judgeRate, humanRate, settings.Resamples, settings.Seed);
        return new LengthBias
        {
            N = paired.N,
            Measure = LengthMeasure.LongerPreferredRate,
            JudgeValue = judgeRate.Count == 0 ? double.NaN : judgeRate.Average(),
            HumanValue = humanRate.Count == 0 ? double.NaN : humanRate.Average(),
            Difference = paired.Mean,
            DifferenceCi95 = paired.Ci95,
            PValue = paired.PValue,
            Test = SignificanceTest.PairedSignFlip,
            Effect = paired.Mean,
            LengthSource = source,
        };
    }

    static double Prefers(double verdict, double side) => verdict == Preference.Tie ? 0.5 : verdict == side ? 1 : 0;
}
