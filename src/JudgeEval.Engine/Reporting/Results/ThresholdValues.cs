namespace JudgeEval.Engine.Reporting.Results;

/// <summary>The gate values the run applied (manifest thresholds after overrides), so readers of results.json and the report see the lines.</summary>
public sealed record ThresholdValues(
    double KappaWarn,
    double KappaFail,
    double F1Min,
    double PositionConsistencyMin,
    double MetricSpreadMax,
    double CoverageMin,
    double? ProductScoreMin,
    bool GateOnLowerBound);
