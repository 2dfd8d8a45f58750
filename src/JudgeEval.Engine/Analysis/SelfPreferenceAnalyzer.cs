using JudgeEval.Engine.Catalog;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Statistics.Agreement;
using JudgeEval.Engine.Statistics.Resampling;
using JudgeEval.Engine.Statistics.Significance;

namespace JudgeEval.Engine.Analysis;

/// <summary>
/// Directional divergence: does a judge favour outputs of its own family more than the humans do? An output is "own"
/// when the model that produced it is the judge's model or in its family (catalog); an item whose producer is unknown or
/// ambiguous (several candidate models that disagree) is left out.
/// Pointwise: bias = mean(judge - human) on own vs other outputs; Welch's t-test on the per-item differences, and a
/// Welch 95% interval of the difference of means. Pairwise: pairs with exactly one own output; the judge's and the humans'
/// rate of preferring it (tie = one half); the paired difference with a two-sided sign-flip permutation test and a
/// percentile bootstrap interval of its mean.
/// </summary>
public static class SelfPreferenceAnalyzer
{
    public static SelfPreference? Analyze(string judgeId, string judgeModel, EvalDataset data, ModelCatalog catalog, AnalysisSettings settings)
    {
        var family = catalog.Resolve(judgeModel).Entry?.Family;
        if (family is null || !data.HasHumanLabels)
        {
            return null;
        }

        // Items share a handful of producer strings: each distinct one is split and classified once, not per item.
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in data.Items)
        {
            AddIfPresent(written, item.Model);
            AddIfPresent(written, item.ModelB);
        }

        var producers = written.SelectMany(Candidates).Distinct(StringComparer.Ordinal).ToList();
        var own = producers.Where(m => IsOwn(catalog, judgeModel, m)).ToHashSet(StringComparer.Ordinal);
        if (producers.Count == 0)
        {
            return null;
        }

        var sides = written.ToDictionary(m => m, m => Side(m, own), StringComparer.Ordinal);
        var scores = data.Judge(judgeId).Scores;
        return settings.Pairwise
            ? Pairwise(judgeId, family, own, sides, data, scores, settings)
            : Pointwise(judgeId, family, own, sides, data, scores, settings);
    }

    static SelfPreference Pointwise(string judgeId, string family, HashSet<string> own, Dictionary<string, bool?> sides, EvalDataset data, double?[] scores, AnalysisSettings settings)
    {
        var ownDiff = new List<double>();
        var otherDiff = new List<double>();
        var ownIdx = new List<int>();
        var otherIdx = new List<int>();
        for (var i = 0; i < data.Items.Count; i++)
        {
            if (scores[i] is not { } s || data.Human[i] is not { } h || SideOf(data.Items[i].Model, sides) is not { } isOwn)
            {
                continue;
            }

            (isOwn ? ownDiff : otherDiff).Add(s - h);
            (isOwn ? ownIdx : otherIdx).Add(i);
        }

        var welch = WelchTTest.Run(ownDiff, otherDiff);
        return new SelfPreference
        {
            JudgeId = judgeId,
            Family = family,
            RelatedModels = [.. own.Order(StringComparer.Ordinal)],
            OwnN = ownDiff.Count,
            OtherN = otherDiff.Count,
            OwnBias = Mean(ownDiff),
            OtherBias = Mean(otherDiff),
            Difference = welch.Difference,
            DifferenceCi95 = new Interval(welch.Lower, welch.Upper),
            PValue = welch.PValue,
            Test = SignificanceTest.WelchT,
            OwnAgreement = SubsetKappa(scores, data.Human, ownIdx, settings),
            OtherAgreement = SubsetKappa(scores, data.Human, otherIdx, settings),
        };
    }

    static SelfPreference Pairwise(string judgeId, string family, HashSet<string> own, Dictionary<string, bool?> sides, EvalDataset data, double?[] scores, AnalysisSettings settings)
    {
        var judgeRate = new List<double>();
        var humanRate = new List<double>();
        var ownIdx = new List<int>();
        var otherIdx = new List<int>();
        for (var i = 0; i < data.Items.Count; i++)
        {
            var item = data.Items[i];
            var (a, b) = (SideOf(item.Model, sides), SideOf(item.ModelB, sides));
            if (a is null || b is null || scores[i] is not { } s || data.Human[i] is not { } h)
            {
                continue;
            }

            if (a == b)
            {
                if (a == false)
                {
                    otherIdx.Add(i);
                }

                continue;
            }

            var ownIsFirst = a.Value;
            judgeRate.Add(PrefersOwn(s, ownIsFirst));
            humanRate.Add(PrefersOwn(h, ownIsFirst));
            ownIdx.Add(i);
        }

        var differences = judgeRate.Zip(humanRate, (j, h) => j - h).ToArray();
        var ci = differences.Length < 2
            ? Interval.Undefined
            : settings.ClusterOf is { } clusterOf
                ? PercentileBootstrap.Clusters([.. ownIdx.Select(i => clusterOf[i])], drawn => drawn.Length == 0 ? double.NaN : drawn.Average(d => differences[d]), settings.Resamples, settings.Seed)
                : PercentileBootstrap.Items(differences.Length, drawn => drawn.Average(d => differences[d]), settings.Resamples, settings.Seed);
        return new SelfPreference
        {
            JudgeId = judgeId,
            Family = family,
            RelatedModels = [.. own.Order(StringComparer.Ordinal)],
            OwnN = ownIdx.Count,
            OtherN = otherIdx.Count,
            JudgeOwnRate = Mean(judgeRate),
            HumanOwnRate = Mean(humanRate),
            Difference = Mean([.. differences]),
            DifferenceCi95 = ci,
            PValue = SignFlipTest.PValue(differences, settings.Seed),
            Test = SignificanceTest.PairedSignFlip,
            OwnAgreement = PositionBiasAnalyzer.Accuracy(Pick(scores, ownIdx), Pick(data.Human, ownIdx)),
            OtherAgreement = PositionBiasAnalyzer.Accuracy(Pick(scores, otherIdx), Pick(data.Human, otherIdx)),
        };
    }

    static bool IsOwn(ModelCatalog catalog, string judgeModel, string producer) =>
        catalog.Relate(judgeModel, producer).Kind is RelationKind.SameModel or RelationKind.SameFamily;

    static string[] Candidates(string? model) =>
        model is null ? [] : model.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    static void AddIfPresent(HashSet<string> set, string? value)
    {
        if (value is not null)
        {
            set.Add(value);
        }
    }

    static bool? SideOf(string? model, Dictionary<string, bool?> sides) => model is null ? null : sides[model];

    /// <summary>True for own, false for other, null when the producer is unknown or its candidates disagree.</summary>
    static bool? Side(string? model, HashSet<string> own)
    {
        var candidates = Candidates(model).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var owned = candidates.Count(own.Contains);
        return owned == candidates.Count ? true : owned == 0 ? false : null;
    }

    static double PrefersOwn(double verdict, bool ownIsFirst) =>
        verdict == Preference.Tie ? 0.5 : (verdict == Preference.First) == ownIsFirst ? 1 : 0;

    static double SubsetKappa(double?[] scores, double?[] human, List<int> subset, AnalysisSettings settings)
    {
        if (subset.Count < 2)
        {
            return double.NaN;
        }

        var estimate = KappaEstimator.Run(Categories.Encode(Pick(human, subset), settings.Categories), Categories.Encode(Pick(scores, subset), settings.Categories), settings, withInterval: false);
        return estimate.Kappa;
    }

    static double?[] Pick(double?[] values, List<int> subset) => [.. subset.Select(i => values[i])];

    static double Mean(List<double> values) => values.Count == 0 ? double.NaN : values.Average();
}
