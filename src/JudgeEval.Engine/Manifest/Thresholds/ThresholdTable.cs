namespace JudgeEval.Engine.Manifest;

/// <summary>
/// Every threshold, in documentation order. This table drives the manifest reader, the defaults, the overrides, the
/// MSBuild properties in build/JudgeEval.Tasks.targets, results.json and the docs tables (the last three are checked,
/// and regenerated with JUDGEEVAL_UPDATE_DOCS=1, by ThresholdTableTests). A new threshold is one line here.
/// </summary>
public static class ThresholdTable
{
    public static readonly ThresholdDefinition KappaWarn = new("kappaWarn", ThresholdKind.Number, 0.75, -1, 1, "a judge's kappa against humans below it warns (JE2001)");

    public static readonly ThresholdDefinition KappaFail = new("kappaFail", ThresholdKind.Number, 0.60, -1, 1, "below it the judge fails the gate (JE2002)");

    public static readonly ThresholdDefinition F1Min = new("f1Min", ThresholdKind.Number, 0.85, 0, 1, "F1 against the human pass/fail decision below it warns (JE2003)");

    public static readonly ThresholdDefinition MinCalibrationItems = new("minCalibrationItems", ThresholdKind.WholeNumber, 500, 0, int.MaxValue, "fewer human-labelled items warn (JE2004)")
    {
        Recorded = false,
    };

    public static readonly ThresholdDefinition MaxLabelAgeDays = new("maxLabelAgeDays", ThresholdKind.WholeNumber, 92, 0, int.MaxValue, "older human labels warn (JE2005)")
    {
        Recorded = false,
    };

    public static readonly ThresholdDefinition PositionConsistencyMin = new("positionConsistencyMin", ThresholdKind.Number, 0.90, 0, 1, "pairwise position consistency below it warns (JE3001)");

    public static readonly ThresholdDefinition MetricSpreadMax = new("metricSpreadMax", ThresholdKind.Number, 1.5, 0, double.MaxValue, "a headline metric's max/min ratio across judges above it warns (JE5001)");

    public static readonly ThresholdDefinition CoverageMin = new("coverageMin", ThresholdKind.Number, 0.95, 0, 1, "a judge's share of valid verdicts below it warns (JE5002)");

    public static readonly ThresholdDefinition CoverageFail = new("coverageFail", ThresholdKind.Number, double.NaN, 0, 1, "a judge's share of valid verdicts below it fails (JE5004); a judge with none always fails (JE5003)");

    public static readonly ThresholdDefinition ProductScoreMin = new("productScoreMin", ThresholdKind.Number, double.NaN, 0, 1, "gates the product's pass rate: pass, fail (JE2021) or inconclusive (JE2020)");

    public static readonly ThresholdDefinition GateOnLowerBound = new("gateOnLowerBound", ThresholdKind.Flag, 0, 0, 1, "compare the 95% CI's lower bound instead of the point estimate");

    public static readonly ThresholdDefinition SelfConsistencyMin = new("selfConsistencyMin", ThresholdKind.Number, 0.80, -1, 1, "a judge's Krippendorff's alpha across its own repeated samples below it warns (JE3002)");

    public static readonly ThresholdDefinition LengthBiasMax = new("lengthBiasMax", ThresholdKind.Number, 0.10, 0, 1, "a significant verbosity bias larger than it warns (JE3003): pairwise, the longer-output preference rate above the humans'; pointwise, the quartile gap as a share of the scale");
    public static readonly ThresholdDefinition AltTestEpsilon = new("altTestEpsilon", ThresholdKind.Number, 0.2, 0, 1, "the alternative annotator test's allowance for the judge: 0.2 for experts, 0.15 skilled annotators, 0.1 crowd workers (JE2012)")
    {
        Recorded = false,
    };

    public static readonly ThresholdDefinition MinSliceItems = new("minSliceItems", ThresholdKind.WholeNumber, 50, 1, int.MaxValue, "a slice with at least this many labelled items the judge rated can fail it under kappaFail (JE2015)")
    {
        Recorded = false,
    };
    public static readonly ThresholdDefinition AllowInconclusive = new("allowInconclusive", ThresholdKind.Flag, 0, 0, 1, "let an inconclusive run (an undecided gate, incomplete live judging) pass the build with a warning instead of failing it (JE5005); never for `purpose: safety`");

    public static IReadOnlyList<ThresholdDefinition> All { get; } =
    [
        KappaWarn, KappaFail, F1Min, MinCalibrationItems, MaxLabelAgeDays, PositionConsistencyMin, MetricSpreadMax, CoverageMin, ProductScoreMin, GateOnLowerBound,
        SelfConsistencyMin, LengthBiasMax,
        AltTestEpsilon, MinSliceItems,
        CoverageFail, AllowInconclusive,
    ];

    public static IReadOnlyList<string> Names { get; } = [.. All.Select(t => t.Name)];

    /// <summary>By manifest name, case-insensitive.</summary>
    public static ThresholdDefinition? Find(string name) => All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
}
