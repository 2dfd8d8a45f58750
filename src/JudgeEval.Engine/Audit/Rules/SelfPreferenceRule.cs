using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Results;
using static JudgeEval.Engine.Audit.Text;

namespace JudgeEval.Engine.Audit.Rules;

/// <summary>
/// Directional divergence on the judge's own outputs (by `selfPreference.scope`), when it graded any: significantly in
/// their favour (JE2010), significantly against them (JE2014), or measured and not significant (JE2011).
/// </summary>
public sealed class SelfPreferenceRule : IAuditRule
{
    public static readonly DiagnosticDescriptor SelfPreference = new(
        "JE2010", "Judge favours its own family's outputs", Severity.Warning,
        "Against the human labels, the judge is significantly more generous to outputs produced by models of its own family than to other outputs (directional divergence).",
        "Do not let this judge grade its own family's outputs; use a judge from another family or an ensemble.");

    public static readonly DiagnosticDescriptor SelfPreferenceMeasured = new(
        "JE2011", "Self-preference measured", Severity.Info,
        "The judge graded outputs of its own family (or model, or lineage, by `selfPreference.scope`); its directional divergence on them (against the human labels) was measured and is not significant at the 5% level in either direction. The statistics are in results.json and the report.",
        "Nothing to fix; re-check after changing the judge or when more own-family outputs are labelled (small samples have little power).");

    public static readonly DiagnosticDescriptor HarsherOnOwn = new(
        "JE2014", "Judge is harsher on its own family's outputs", Severity.Warning,
        "Against the human labels, the judge is significantly less generous to outputs of its own family (or model, or lineage, by `selfPreference.scope`) than to other outputs: a directional divergence against its own, which distorts a comparison between families as much as favouritism does.",
        "Do not let this judge compare its own family's outputs with others'; use a judge from another family or an ensemble, and check the rubric for criteria the own family's style trips.");

    public IReadOnlyList<DiagnosticDescriptor> Descriptors => [SelfPreference, SelfPreferenceMeasured, HarsherOnOwn];

    static string Own(SelfPreferenceScope scope) => scope switch
    {
        SelfPreferenceScope.Model => "model",
        SelfPreferenceScope.Lineage => "family and lineage",
        _ => "family",
    };

    public IEnumerable<Diagnostic> Check(AuditContext c)
    {
        foreach (var s in c.HasHumanLabels ? c.Results.SelfPreference.Where(s => s.OwnN > 0 && !double.IsNaN(s.Difference)) : [])
        {
            var detail = s.Test == SignificanceTest.WelchT
                ? $"its bias against humans is {F(s.OwnBias)} on own outputs (n = {s.OwnN}) vs {F(s.OtherBias)} on others (n = {s.OtherN})"
                : $"it prefers the own output in {F(s.JudgeOwnRate)} of {s.OwnN} mixed pairs where the humans do in {F(s.HumanOwnRate)}";
            var statistics = $"{detail}; difference {F(s.Difference)} ({Ci(s.DifferenceCi95)}), {EnumNames.Of(s.Test)}, {P(s.PValue)}";
            var at = c.Judge(s.JudgeId).ModelAt;
            var own = Own(s.Scope);
            var left = s.UnresolvedN > 0 ? $"; {s.UnresolvedN} items with a producer the catalog does not know were left out" : "";
            yield return s.PValue < 0.05 && s.Difference > 0
                ? SelfPreference.Create($"Judge '{s.JudgeId}' ({s.Family}) favours its own {own}: {statistics}{left}.", at)
                : s.PValue < 0.05 && s.Difference < 0
                ? HarsherOnOwn.Create($"Judge '{s.JudgeId}' ({s.Family}) is harsher on its own {own}: {statistics}{left}.", at)
                : SelfPreferenceMeasured.Create($"Judge '{s.JudgeId}' ({s.Family}) on its own {own}'s outputs, not significant at 5%: {statistics}{left}.", at);
        }
    }
}
