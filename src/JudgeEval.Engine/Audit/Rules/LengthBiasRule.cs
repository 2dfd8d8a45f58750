using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Results;
using static JudgeEval.Engine.Audit.Text;

namespace JudgeEval.Engine.Audit.Rules;

/// <summary>Verbosity bias: the judge rewards length more than the humans do, significantly and by more than lengthBiasMax.</summary>
public sealed class LengthBiasRule : IAuditRule
{
    public static readonly DiagnosticDescriptor VerbosityBias = new(
        "JE3003", "Judge favours longer outputs", Severity.Warning,
        "On the same items the judge prefers longer outputs more than the humans do (pairwise: it picks the longer output more often; pointwise: its scores rise with length more than the human labels do), significant at 5% and larger than `thresholds.lengthBiasMax` (default 0.10).",
        "Tell the rubric to ignore length, compare outputs of similar length, or use a judge without the bias; a verbose product otherwise scores higher than it deserves.");

    public static readonly DiagnosticDescriptor VerbosityMeasured = new(
        "JE3004", "Verbosity bias measured", Severity.Info,
        "The judge's preference for longer outputs was measured against the humans' on the same items and is not a significant excess above `thresholds.lengthBiasMax`. The figures are in results.json (`judges[].lengthBias`) and the report.",
        "Nothing to fix; small samples have little power, so re-check when more items are labelled.");

    public IReadOnlyList<DiagnosticDescriptor> Descriptors => [VerbosityBias, VerbosityMeasured];

    public IEnumerable<Diagnostic> Check(AuditContext c)
    {
        var max = c.Thresholds.Value(ThresholdTable.LengthBiasMax);
        foreach (var judge in c.Results.Judges)
        {
            if (judge.LengthBias is not { N: > 0 } b || double.IsNaN(b.Difference))
            {
                continue;
            }

            var statistics = $"{Describe(b)}; difference {Signed(b.Difference)} ({Ci(b.DifferenceCi95)}), {EnumNames.Of(b.Test)}, {P(b.PValue)}";
            var at = c.Judge(judge.Id).At;
            if (b.Difference > 0 && b.PValue < 0.05 && b.Effect > max)
            {
                yield return VerbosityBias.Create($"Judge '{judge.Id}' favours longer outputs more than the humans: {statistics}; effect {F(b.Effect)} above lengthBiasMax {F(max)}.", at);
            }
            else
            {
                yield return VerbosityMeasured.Create($"Judge '{judge.Id}' against the humans on output length: {statistics}; effect {F(b.Effect)} (lengthBiasMax {F(max)}).", at);
            }
        }
    }

    static string Describe(LengthBias b) => b.Measure == LengthMeasure.LongerPreferredRate
        ? $"it prefers the longer output in {F(b.JudgeValue)} of {b.N} pairs of unequal length where the humans do in {F(b.HumanValue)}"
        : $"it scores the longest quartile of outputs {Signed(b.JudgeValue)} against the shortest where the humans do {Signed(b.HumanValue)} ({b.N} items; Spearman of length with judge - human {F(b.Spearman)})";

    static string Signed(double value) => double.IsFinite(value) && value > 0 ? "+" + F(value) : F(value);
}
