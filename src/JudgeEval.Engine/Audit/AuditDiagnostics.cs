using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Audit;

/// <summary>
/// The audit's findings: independence (JE1xxx), calibration and self-preference (JE2xxx), position bias (JE3xxx),
/// ensembles and disagreement (JE4xxx), disclosure and coverage (JE5xxx).
/// </summary>
public static class AuditDiagnostics
{
    public static readonly DiagnosticDescriptor SameFamilyAsProduct = new(
        "JE1001", "Judge from the product's family", Severity.Warning,
        "The judge belongs to the same model family as the product it grades. Families score their own outputs higher (self-preference), so the judge inflates the product's score. For a safety eval (`product.purpose: safety`) this is an error.",
        "Replace the judge with one from another family and provider, or add such judges to an ensemble and gate on the ensemble.");

    public static readonly DiagnosticDescriptor JudgeIsProduct = new(
        "JE1002", "Judge is the product model", Severity.Error,
        "The judge is the very model whose outputs it grades: its verdicts are not an independent measurement.",
        "Use a judge from a different family and provider.");

    public static readonly DiagnosticDescriptor SharedLineage = new(
        "JE1003", "Judge shares lineage with the product", Severity.Warning,
        "The judge and the product are connected by fine-tuning or distillation (in either direction, possibly through several models): they share training signal and blind spots even when their families differ.",
        "Pick a judge with no lineage path to the product (`judgeeval models <id>` shows a model's lineage).");

    public static readonly DiagnosticDescriptor EnsembleNotIndependent = new(
        "JE1004", "Ensemble members are not independent", Severity.Warning,
        "Some ensemble members share a family or lineage, so the ensemble has fewer independent votes than members and their shared biases do not cancel.",
        "Replace related members with judges from other families and providers (three providers approach human inter-rater reliability).");

    public static readonly DiagnosticDescriptor SingleProvider = new(
        "JE1005", "All judges from one provider", Severity.Warning,
        "Every judge comes from the same provider, so alignment and training data overlap across the whole panel.",
        "Add at least one judge from another provider.");

    public static readonly DiagnosticDescriptor UnknownModel = new(
        "JE1006", "Model not in the catalog", Severity.Warning,
        "The model id does not resolve in the model catalog, so its family and lineage, and with them the judge's independence, cannot be verified.",
        "Declare it under `models:` in the manifest (id, provider, family, fineTunedFrom, distilledFrom), or map a deployment name to a catalog id under `aliases:`.");

    public static readonly DiagnosticDescriptor KappaBelowWarn = new(
        "JE2001", "Judge agreement below the warning threshold", Severity.Warning,
        "The judge's Cohen's kappa against the human labels is below `thresholds.kappaWarn` (default 0.75): its scores only partly track human judgment.",
        "Improve the rubric or prompt, try another judge, or use an ensemble; re-audit on fresh labels.");

    public static readonly DiagnosticDescriptor KappaBelowFail = new(
        "JE2002", "Judge agreement below the failure threshold", Severity.Error,
        "The judge's Cohen's kappa against the human labels is below `thresholds.kappaFail` (default 0.60): the judge must be replaced.",
        "Replace the judge (or remove it from the gate); with `gateOnLowerBound: true` the 95% CI's lower bound is compared.");

    public static readonly DiagnosticDescriptor F1BelowMin = new(
        "JE2003", "Judge F1 below the minimum", Severity.Warning,
        "At the pass threshold, the judge's F1 against the human pass/fail decision is below `thresholds.f1Min` (default 0.85).",
        "Check the pass threshold and the rubric; a judge that is too lenient or too strict at the threshold misreports the pass rate.");

    public static readonly DiagnosticDescriptor SmallCalibration = new(
        "JE2004", "Calibration sample too small", Severity.Warning,
        "Fewer items have human labels than `thresholds.minCalibrationItems` (default 500), so agreement estimates have wide intervals.",
        "Label more production items (500-1,000, sampled from production rather than curated).");

    public static readonly DiagnosticDescriptor StaleLabels = new(
        "JE2005", "Human labels are stale", Severity.Warning,
        "The human labels are older than `thresholds.maxLabelAgeDays` (default 92): calibration decays as products, data and judges change.",
        "Re-label a fresh production sample and update `labeledOn`.");

    public static readonly DiagnosticDescriptor AgreementDropped = new(
        "JE2006", "Agreement dropped against the baseline", Severity.Warning,
        "The judge's kappa against humans is lower than in the baseline run, beyond this run's 95% interval.",
        "Investigate the change (judge version, prompt, data drift) before trusting the scores.");

    public static readonly DiagnosticDescriptor NoHumanLabels = new(
        "JE2007", "No human labels: calibration not audited", Severity.Info,
        "The manifest has no `humanLabels`, so only inter-judge agreement is audited; no judge is shown to track human judgment.",
        "Add a human-labelled sample under `humanLabels` to calibrate the judges.");

    public static readonly DiagnosticDescriptor SelfPreference = new(
        "JE2010", "Judge favours its own family's outputs", Severity.Warning,
        "Against the human labels, the judge is significantly more generous to outputs produced by models of its own family than to other outputs (directional divergence).",
        "Do not let this judge grade its own family's outputs; use a judge from another family or an ensemble.");

    public static readonly DiagnosticDescriptor SelfPreferenceMeasured = new(
        "JE2011", "Self-preference measured", Severity.Info,
        "The judge graded outputs of its own family; its directional divergence on them (against the human labels) was measured and is not significant at the 5% level. The statistics are in results.json and the report.",
        "Nothing to fix; re-check after changing the judge or when more own-family outputs are labelled (small samples have little power).");

    public static readonly DiagnosticDescriptor ProductScoreInconclusive = new(
        "JE2020", "Product score inconclusive", Severity.Warning,
        "The 95% interval of the product's pass rate straddles `thresholds.productScoreMin`: the data cannot tell pass from fail.",
        "Judge more items (the interval narrows with n), or accept the uncertainty explicitly.");

    public static readonly DiagnosticDescriptor ProductScoreBelowMin = new(
        "JE2021", "Product score below the minimum", Severity.Error,
        "The product's pass rate (corrected for the judge's error where human labels exist) lies below `thresholds.productScoreMin`, its whole 95% interval included.",
        "Improve the product, or revisit the threshold.");

    public static readonly DiagnosticDescriptor PositionInconsistent = new(
        "JE3001", "Judge is position-biased", Severity.Warning,
        "Asked the same pair in both orders, the judge names the same winner less often than `thresholds.positionConsistencyMin` (default 0.90): its verdicts depend on which output comes first.",
        "Always judge both orders and average (JudgeEval does for recorded data in both orders); prefer a more consistent judge.");

    public static readonly DiagnosticDescriptor EnsembleWorseThanBestMember = new(
        "JE4001", "Ensemble agrees less than its best member", Severity.Warning,
        "The ensemble's kappa against humans is below that of its best single member: weak or correlated members drag it down.",
        "Drop the weak members, use `method: weighted`, or gate on the best member.");

    public static readonly DiagnosticDescriptor ReviewItems = new(
        "JE4002", "Items for human review", Severity.Info,
        "The judges disagree on some items; the ones with the most disagreement are listed in results.json and the report, with each judge's verdict.",
        "Have a human review the listed items; disagreement often marks ambiguous rubric cases.");

    public static readonly DiagnosticDescriptor OutlierJudge = new(
        "JE4003", "Outlier judge", Severity.Info,
        "This judge was most often the one furthest from the panel's median verdict.",
        "Review the judge's prompt and model; consider dropping it from ensembles.");

    public static readonly DiagnosticDescriptor MetricSpread = new(
        "JE5001", "Headline metric depends on the judge", Severity.Warning,
        "On the same items, a headline metric (nDCG, pass rate, mean score) differs across judges by more than `thresholds.metricSpreadMax` (default 1.5x): the number says as much about the judge as about the product.",
        "Disclose per-judge metrics and the spread, calibrate the judges against humans, and report the metric of a calibrated judge or ensemble.");

    public static readonly DiagnosticDescriptor LowCoverage = new(
        "JE5002", "Judge coverage below the minimum", Severity.Warning,
        "The share of items with a valid verdict (parse failures, refusals and missing verdicts count against it) is below `thresholds.coverageMin` (default 0.95). Failures are never counted as passes.",
        "Fix the judge's output format or prompt, retry the failed items, or replace the judge.");

    /// <summary>Codes that make the verdict inconclusive rather than pass.</summary>
    public static IReadOnlyCollection<string> InconclusiveCodes { get; } = [ProductScoreInconclusive.Code];
}
