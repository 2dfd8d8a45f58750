using JudgeEval.Engine.Statistics.Resampling;

namespace JudgeEval.Engine.Statistics.Correction;

/// <summary>
/// Rogan and Gladen (1978): the true rate behind an apparent rate measured by an imperfect classifier (here a judge
/// whose sensitivity and specificity against humans are known): (apparent + Sp - 1) / (Se + Sp - 1), clamped to
/// [0, 1]. Undefined (NaN) when Se + Sp &lt;= 1, i.e. the judge is no better than chance, or an input is not a rate.
/// </summary>
public static class RoganGladen
{
    public static double Correct(double apparentRate, double sensitivity, double specificity)
    {
        if (!IsRate(apparentRate) || !IsRate(sensitivity) || !IsRate(specificity))
        {
            return double.NaN;
        }

        var youden = sensitivity + specificity - 1;
        return youden > 0 ? Math.Clamp((apparentRate + specificity - 1) / youden, 0, 1) : double.NaN;
    }

    /// <summary>
    /// Maps an interval of the apparent rate through the correction, which is increasing in it when Se + Sp &gt; 1.
    /// Se and Sp are taken as known, so this interval leaves out their own uncertainty.
    /// </summary>
    public static Interval Correct(Interval apparentRate, double sensitivity, double specificity)
    {
        var lower = Correct(apparentRate.Lower, sensitivity, specificity);
        var upper = Correct(apparentRate.Upper, sensitivity, specificity);
        return double.IsNaN(lower) || double.IsNaN(upper) ? Interval.Undefined : new Interval(lower, upper);
    }

    static bool IsRate(double value) => value >= 0 && value <= 1;
}
