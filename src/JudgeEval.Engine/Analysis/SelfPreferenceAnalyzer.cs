using JudgeEval.Engine.Catalog;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Statistics.Agreement;
using JudgeEval.Engine.Statistics.Resampling;
using JudgeEval.Engine.Statistics.Significance;

namespace JudgeEval.Engine.Analysis;

/// <summary>
/// Directional divergence: does a judge favour its own outputs more than the humans do? "Own" follows the scope (the
/// judge's model, its family, or its family and lineage; <see cref="ProducerSides"/>); an item whose producer is
/// unknown to the catalog or ambiguous is left out and counted in UnresolvedN.
/// Pointwise: bias = mean(judge - human) on own vs other outputs, on the exact human labels; Welch's t-test on the
/// per-item differences, and a Welch 95% interval of the difference of means. Pairwise: pairs with exactly one own
/// output; the judge's and the humans' rate of preferring it (tie = one half); the paired difference with a two-sided
/// sign-flip permutation test and a percentile bootstrap interval of its mean.
/// </summary>
public static class SelfPreferenceAnalyzer
{
    public static SelfPreference? Analyze(
        string judgeId, string judgeModel, EvalDataset data, ModelCatalog catalog, AnalysisSettings settings, SelfPreferenceScope scope = SelfPreferenceScope.Family)
    {
        var family = catalog.Resolve(judgeModel).Entry?.Family;
        if (family is null || !data.HasHumanLabels || ProducerSides.Of(judgeModel, data, catalog, scope) is not { } sides)
        {
            return null;
        }

        var scores = data.Judge(judgeId).Scores;
        var split = Collect(sides, data, scores, Enumerable.Range(0, data.Items.Count), settings.Pairwise);
        var result = settings.Pairwise ? Pairwise(split, data, scores, settings) : Pointwise(split, data, scores, settings);
        return result with
        {
            JudgeId = judgeId,
            Family = family,
            RelatedModels = sides.Own,
            Scope = scope,
            UnresolvedN = split.Unresolved,
        };
    }

    /// <summary>The own/other split on a subset of the items (a slice), without the test; null when the judge's family or every producer is unknown.</summary>
    public static SelfPreferenceSplit? Split(
        string judgeModel, double?[] scores, EvalDataset data, ModelCatalog catalog, AnalysisSettings settings, SelfPreferenceScope scope, IEnumerable<int> subset)
    {
        if (catalog.Resolve(judgeModel).Entry is null || ProducerSides.Of(judgeModel, data, catalog, scope) is not { } sides)
        {
            return null;
        }

        var s = Collect(sides, data, scores, subset, settings.Pairwise);
        return new SelfPreferenceSplit
        {
            OwnN = s.OwnIdx.Count,
            OtherN = s.OtherIdx.Count,
            OwnBias = settings.Pairwise ? double.NaN : Mean(s.Own),
            OtherBias = settings.Pairwise ? double.NaN : Mean(s.Other),
            JudgeOwnRate = settings.Pairwise ? Mean(s.Own) : double.NaN,
            HumanOwnRate = settings.Pairwise ? Mean(s.Other) : double.NaN,
        };
    }

    /// <summary>
    /// Pointwise: Own/Other hold the judge-minus-human differences. Pairwise: OwnIdx holds the mixed pairs, Own the
    /// judge's and Other the humans' preference for the own output on them, OtherIdx the pairs of two other outputs.
    /// </summary>
    static Collected Collect(ProducerSides sides, EvalDataset data, double?[] scores, IEnumerable<int> subset, bool pairwise)
    {
        var codes = ProducerCodes.Of(data.Items);
        var c = new Collected(subset is ICollection<int> all ? all.Count : 0);
        var sideOf = sides.SidesOf(codes);
        var human = data.Human;
        foreach (var i in subset)
        {
            if (scores[i] is not { } s || human[i] is not { } h)
            {
                continue;
            }

            if (!pairwise)
            {
                if (codes.A[i] < 0)
                {
                    continue;
                }

                if (sideOf[codes.A[i]] is not { } isOwn)
                {
                    c.Unresolved++;
                    continue;
                }

                (isOwn ? c.Own : c.Other).Add(s - h);
                (isOwn ? c.OwnIdx : c.OtherIdx).Add(i);
                continue;
            }

            if (codes.A[i] < 0 || codes.B[i] < 0)
            {
                continue;
            }

            var (a, b) = (sideOf[codes.A[i]], sideOf[codes.B[i]]);
            if (a is null || b is null)
            {
                c.Unresolved++;
                continue;
            }

            if (a == b)
            {
                if (a == false)
                {
                    c.OtherIdx.Add(i);
                }

                continue;
            }

            c.Own.Add(PrefersOwn(s, ownIsFirst: a.Value));
            c.Other.Add(PrefersOwn(h, ownIsFirst: a.Value));
            c.OwnIdx.Add(i);
        }

        return c;
    }

    static SelfPreference Pointwise(Collected c, EvalDataset data, double?[] scores, AnalysisSettings settings)
    {
        var welch = WelchTTest.Run(c.Own, c.Other);
        // Coded once for both subsets, and only when one is large enough for a kappa.
        int[] codesJudge = c.OwnIdx.Count >= 2 || c.OtherIdx.Count >= 2 ? Categories.Encode(scores, settings.Categories) : [];
        return new SelfPreference
        {
            JudgeId = string.Empty,
            OwnN = c.Own.Count,
            OtherN = c.Other.Count,
            OwnBias = Mean(c.Own),
            OtherBias = Mean(c.Other),
            Difference = welch.Difference,
            DifferenceCi95 = new Interval(welch.Lower, welch.Upper),
            PValue = welch.PValue,
            Test = SignificanceTest.WelchT,
            OwnAgreement = SubsetKappa(codesJudge, data.HumanGrades, c.OwnIdx, settings),
            OtherAgreement = SubsetKappa(codesJudge, data.HumanGrades, c.OtherIdx, settings),
        };
    }

    static SelfPreference Pairwise(Collected c, EvalDataset data, double?[] scores, AnalysisSettings settings)
    {
        var paired = PairedDifference.Of(
            c.Own, c.Other, settings.Resamples, settings.Seed, settings.ClusterOf is { } clusterOf ? [.. c.OwnIdx.Select(i => clusterOf[i])] : null);
        return new SelfPreference
        {
            JudgeId = string.Empty,
            OwnN = c.OwnIdx.Count,
            OtherN = c.OtherIdx.Count,
            JudgeOwnRate = Mean(c.Own),
            HumanOwnRate = Mean(c.Other),
            Difference = paired.Mean,
            DifferenceCi95 = paired.Ci95,
            PValue = paired.PValue,
            Test = SignificanceTest.PairedSignFlip,
            OwnAgreement = PositionBiasAnalyzer.Accuracy(Pick(scores, c.OwnIdx), Pick(data.Human, c.OwnIdx)),
            OtherAgreement = PositionBiasAnalyzer.Accuracy(Pick(scores, c.OtherIdx), Pick(data.Human, c.OtherIdx)),
        };
    }

    static double PrefersOwn(double verdict, bool ownIsFirst) =>
        verdict == Preference.Tie ? 0.5 : (verdict == Preference.First) == ownIsFirst ? 1 : 0;

    /// <summary>Kappa on the subset: the table of the subset's items that both rated, as KappaEstimator builds it from the subset alone.</summary>
    static double SubsetKappa(int[] codesJudge, double?[] grades, List<int> subset, AnalysisSettings settings)
    {
        if (subset.Count < 2)
        {
            return double.NaN;
        }

        // The whole columns are coded once and the subset's rows counted in place, instead of copying the subset out.
        var codesHuman = settings.CodesOf(grades);
        var table = ConfusionMatrix.FromCodes(codesHuman, codesJudge, settings.Categories.Count, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(subset));
        return CohenKappa.FromTable(table, settings.Weights);
    }

    static double?[] Pick(double?[] values, List<int> subset)
    {
        var picked = new double?[subset.Count];
        for (var k = 0; k < picked.Length; k++)
        {
            picked[k] = values[subset[k]];
        }

        return picked;
    }

    static double Mean(List<double> values) => values.Count == 0 ? double.NaN : values.Average();

    /// <summary>Sized for the larger side up front (half the subset each way), so a million items are not copied while the lists grow.</summary>
    sealed class Collected(int expected)
    {
        public List<double> Own { get; } = new(expected / 2);

        public List<double> Other { get; } = new(expected / 2);

        public List<int> OwnIdx { get; } = new(expected / 2);

        public List<int> OtherIdx { get; } = new(expected / 2);

        public int Unresolved { get; set; }
    }
}
