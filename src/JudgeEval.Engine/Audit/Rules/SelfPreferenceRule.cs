using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Results;
using static JudgeEval.Engine.Audit.Text;

namespace JudgeEval.Engine.Audit.Rules;

/// <summary>Directional divergence on the judge's own family's outputs, when it graded any: significant, or measured.</summary>
public sealed class SelfPreferenceRule : IAuditRule
{
    public static readonly DiagnosticDescriptor SelfPreference = new(
        "JE2010", "Judge favours its own family's outputs", Severity.Warning,
        "Against the human labels, the judge is significantly more generous to outputs produced by models of its own family than to other outputs (directional divergence).",
        "Do not let this judge grade its own family's outputs; use a judge from another family or an ensemble.");

    public static readonly DiagnosticDescriptor SelfPreferenceMeasured = new(
        "JE2011", "Self-preference measured", Severity.Info,
        "The judge graded outputs of its own family; its directional divergence on them (against the human labels) was measured and is not significant at the 5% level. The statistics are in results.json and the report.",
        "Nothing to fix; re-check after changing the judge or when more own-family outputs are labelled (small samples have little power).");

    public IReadOnlyList<DiagnosticDescriptor> Descriptors => [SelfPreference, SelfPreferenceMeasured];

    public IEnumerable<Diagnostic> Check(AuditContext c)
    {
        foreach (var s in c.HasHumanLabels ? c.Results.SelfPreference.Where(s => s.OwnN > 0 && !double.IsNaN(s.Difference)) : [])
        {
            var detail = s.Test == SignificanceTest.WelchT
                ? $"its bias against humans is {F(s.OwnBias)} on own-family outputs (n = {s.OwnN}) vs {F(s.OtherBias)} on others (n = {s.OtherN})"
                : $"it prefers the own-family output in {F(s.JudgeOwnRate)} of {s.OwnN} mixed pairs where the humans do in {F(s.HumanOwnRate)}";
            var statistics = $"{detail}; difference {F(s.Difference)} ({Ci(s.DifferenceCi95)}), {EnumNames.Of(s.Test)}, {P(s.PValue)}";
            var at = c.Judge(s.JudgeId).ModelAt;
            yield return s.Difference > 0 && s.PValue < 0.05
                ? SelfPreference.Create($"Judge '{s.JudgeId}' ({s.Family}) favours its own family: {statistics}.", at)
                : SelfPreferenceMeasured.Create($"Judge '{s.JudgeId}' ({s.Family}) on its own family's outputs, not significant at 5%: {statistics}.", at);
        }
    }
}
