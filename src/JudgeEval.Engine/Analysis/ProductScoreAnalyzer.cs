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
/// every labelled item, since they describe the judge, not the product.
/// </summary>
public static class ProductScoreAnalyzer
{
    public static ProductScore Score(string source, double?[] verdicts, double?[] human, AnalysisSettings settings, double? min, ProductItems? product = null)
    {
        var threshold = settings.PassThreshold;
        int judged = 0, passes = 0, tp = 0, fn = 0, tn = 0, fp = 0;
        for (var i = 0; i < verdicts.Length; i++)
        {
            if (verdicts[i] is not { } v)
            {
                continue;
            }

            var pass = v >= threshold;
            if (product?.Counted[i] ?? true)
            {
                judged++;
                passes += pass ? 1 : 0;
            }

            if (human[i] is { } h)
            {
                (tp, fn, tn, fp) = (h >= threshold, pass) switch
                {
                    (true, true) => (tp + 1, fn, tn, fp),
                    (true, false) => (tp, fn + 1, tn, fp),
                    (false, false) => (tp, fn, tn + 1, fp),
                    _ => (tp, fn, tn, fp + 1),
                };
            }
        }

        var apparent = judged == 0 ? double.NaN : (double)passes / judged;
        var se = Ratio(tp, tp + fn);
        var sp = Ratio(tn, tn + fp);
        var corrected = RoganGladen.Correct(apparent, se, sp);
        var random = new Random(settings.Seed);
        var raw = Percentiles(Replicate(settings.Resamples, () => Draw(random, judged, apparent)));
        var fixedUp = double.IsNaN(corrected)
            ? Interval.Undefined
            : Percentiles(Replicate(settings.Resamples, () => RoganGladen.Correct(Draw(random, judged, apparent), Draw(random, tp + fn, se), Draw(random, tn + fp, sp))));

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
}
