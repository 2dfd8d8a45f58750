using JudgeEval.Engine.Results;
using JudgeEval.Engine.Statistics.Correction;
using JudgeEval.Engine.Statistics.Resampling;

namespace JudgeEval.Engine.Analysis;

/// <summary>
/// The product's pass rate as one judge (or ensemble) sees it: the share of its valid verdicts at or above the pass
/// threshold, with a percentile bootstrap interval, and corrected for the judge's measured error (Rogan-Gladen) using its
/// sensitivity and specificity against the human labels. The corrected interval is a stratified parametric bootstrap:
/// each replicate redraws the apparent rate (binomial over judged items), the sensitivity (over human passes) and the
/// specificity (over human fails) independently, then corrects. When the items carry producers, the pass rate counts
/// only the product's items (<see cref="ProductItems"/>); the judge's sensitivity and specificity are still measured on
/// every labelled item, since they describe the judge, not the product. With `bootstrap.unit: cluster` both intervals are instead
/// cluster bootstraps: each replicate redraws whole queries and recomputes the rate (and the correction, from the
/// sensitivity and specificity on the drawn items), so items of one query are never treated as independent.
/// </summary>
public static class ProductScoreAnalyzer
{
    public static ProductScore Score(string source, double?[] verdicts, double?[] human, AnalysisSettings settings, double? min, ProductItems? product = null)
    {
        var threshold = settings.PassThreshold;
        var counted = product?.Counted;
        var (judged, passes, tp, fn, tn, fp) = Tally(verdicts, human, threshold, counted, Enumerable.Range(0, verdicts.Length));
        var apparent = judged == 0 ? double.NaN : (double)passes / judged;
        var se = Ratio(tp, tp + fn);
        var sp = Ratio(tn, tn + fp);
        var corrected = RoganGladen.Correct(apparent, se, sp);
        Interval raw, fixedUp;
        if (settings.ClusterOf is { } clusterOf)
        {
            raw = PercentileBootstrap.Clusters(clusterOf, drawn => Tally(verdicts, human, threshold, counted, drawn).Apparent, settings.Resamples, settings.Seed);
            fixedUp = double.IsNaN(corrected)
                ? Interval.Undefined
                : PercentileBootstrap.Clusters(clusterOf, drawn => Tally(verdicts, human, threshold, counted, drawn).Corrected, settings.Resamples, settings.Seed);
        }
        else
        {
            var random = new Random(settings.Seed);
            raw = Percentiles(Replicate(settings.Resamples, () => Draw(random, judged, apparent)));
            fixedUp = double.IsNaN(corrected)
                ? Interval.Undefined
                : Percentiles(Replicate(settings.Resamples, () => RoganGladen.Correct(Draw(random, judged, apparent), Draw(random, tp + fn, se), Draw(random, tn + fp, sp))));
        }

        var gated = double.IsNaN(corrected) ? raw : fixedUp;
        return new ProductScore
        {
            Source = source,
            PassRate = apparent,
            PassRateCi95 = raw,
            Sensitivity = se,
            Specificity = sp,
            Corrected = corrected,
            CorrectedCi95 = fixedUp,
            Outcome = min is { } m ? Outcome(gated, m) : null,
            Producers = product?.Producers ?? [],
            Items = product?.Counted.Count(c => c) ?? verdicts.Length,
        };
    }

    /// <summary>Pass when the whole interval clears the threshold, fail when it lies below, inconclusive when it straddles.</summary>
    public static GateOutcome Outcome(Interval ci, double min) =>
        !ci.IsDefined ? GateOutcome.Inconclusive
        : ci.Lower >= min ? GateOutcome.Pass
        : ci.Upper < min ? GateOutcome.Fail
        : GateOutcome.Inconclusive;

    static double Draw(Random random, int n, double p) =>
        n == 0 || double.IsNaN(p) ? double.NaN : (double)BinomialSampler.Sample(random, n, p) / n;

    static double[] Replicate(int count, Func<double> draw)
    {
        var values = new double[count];
        for (var b = 0; b < count; b++)
        {
            values[b] = draw();
        }

        return values;
    }

    static Interval Percentiles(double[] replicates) => Percentile.Interval(replicates, PercentileBootstrap.Level);

    static double Ratio(int a, int b) => b == 0 ? double.NaN : (double)a / b;

    /// <summary>
    /// Judged items and passes (of the product's items, <paramref name="counted"/>; all when null), and the confusion counts
    /// against the humans over every labelled item, over <paramref name="indices"/> (repeats count again).
    /// </summary>
    static Counts Tally(double?[] verdicts, double?[] human, double threshold, bool[]? counted, IEnumerable<int> indices)
    {
        var c = default(Counts);
        foreach (var i in indices)
        {
            if (verdicts[i] is not { } v)
            {
                continue;
            }

            var pass = v >= threshold;
            if (counted?[i] ?? true)
            {
                c = c with { Judged = c.Judged + 1, Passes = c.Passes + (pass ? 1 : 0) };
            }

            if (human[i] is { } h)
            {
                c = (h >= threshold, pass) switch
                {
                    (true, true) => c with { Tp = c.Tp + 1 },
                    (true, false) => c with { Fn = c.Fn + 1 },
                    (false, false) => c with { Tn = c.Tn + 1 },
                    _ => c with { Fp = c.Fp + 1 },
                };
            }
        }

        return c;
    }

    readonly record struct Counts(int Judged, int Passes, int Tp, int Fn, int Tn, int Fp)
    {
        public double Apparent => Judged == 0 ? double.NaN : (double)Passes / Judged;

        public double Corrected => RoganGladen.Correct(Apparent, Ratio(Tp, Tp + Fn), Ratio(Tn, Tn + Fp));
    }
}
