using JudgeEval.Engine.Audit.Rules;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Audit;

/// <summary>
/// The registry: every audit rule, in the order its findings are listed (independence, calibration, position,
/// coverage, ensembles and disclosure, the product gate). A new rule is one file in Rules/ and one line here;
/// AuditRulesTests checks that every rule is registered and every audit code belongs to exactly one rule.
/// </summary>
public static class AuditRules
{
    public static IReadOnlyList<IAuditRule> All { get; } =
    [
        new UnknownModelRule(),
        new ProductRelationRule(),
        new EnsembleIndependenceRule(),
        new SingleProviderRule(),
        new NoHumanLabelsRule(),
        new HumanAgreementRule(),
        new KappaParadoxRule(),
        new AgreementDropRule(),
        new HistoryDropRule(),
        new CalibrationIdentityRule(),
        new CalibrationSampleRule(),
        new LabelAgeRule(),
        new SelfPreferenceRule(),
        new PositionConsistencyRule(),
        new SelfConsistencyRule(),
        new LengthBiasRule(),
        new CoverageRule(),
        new NoValidVerdictRule(),
        new EnsembleBestMemberRule(),
        new MetricSpreadRule(),
        new ReviewItemsRule(),
        new OutlierJudgeRule(),
        new ProductScoreRule(),
        new UnresolvedProducerRule(),
        new AltTestRule(),
        new HumanCeilingRule(),
        new SliceRule(),
        new ProductItemsRule(),
    ];

    /// <summary>Codes whose finding leaves a gate undecided.</summary>
    public static IReadOnlyCollection<string> UndecidedCodes { get; } = [.. All.SelectMany(r => r.Undecided).Select(d => d.Code)];

    public static IReadOnlyList<Diagnostic> Check(AuditContext c) => [.. All.SelectMany(r => r.Check(c))];
}
