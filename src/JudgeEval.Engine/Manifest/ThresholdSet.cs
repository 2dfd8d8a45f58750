using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Manifest;

/// <summary>The `thresholds:` section with the documented defaults; MSBuild properties override it (<see cref="ThresholdOverrides"/>).</summary>
public sealed record ThresholdSet
{
    public required Threshold KappaWarn { get; init; }

    public required Threshold KappaFail { get; init; }

    public required Threshold F1Min { get; init; }

    public required Threshold MinCalibrationItems { get; init; }

    public required Threshold MaxLabelAgeDays { get; init; }

    public required Threshold PositionConsistencyMin { get; init; }

    public required Threshold MetricSpreadMax { get; init; }

    public required Threshold CoverageMin { get; init; }

    /// <summary>Null unless set: without it the product is not gated.</summary>
    public Threshold? ProductScoreMin { get; init; }

    public bool GateOnLowerBound { get; init; }

    public required SourceLocation GateOnLowerBoundAt { get; init; }

    /// <summary>The `thresholds` key, or the manifest start when the section is absent.</summary>
    public required SourceLocation At { get; init; }
}
