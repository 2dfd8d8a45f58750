using JudgeEval.Engine.Statistics.Resampling;

namespace JudgeEval.Engine.Results;

/// <summary>A judge in a history record: what it was (the model as resolved) and how well it agreed with the humans.</summary>
public sealed record HistoryJudge
{
    public required string Id { get; init; }

    /// <summary>The catalog id the model resolved to, else the model as written.</summary>
    public string? Model { get; init; }

    /// <summary>Items with both a verdict and a human label; 0 without human labels.</summary>
    public int N { get; init; }

    public double Kappa { get; init; } = double.NaN;

    public Interval KappaCi95 { get; init; } = Interval.Undefined;

    public double Coverage { get; init; } = double.NaN;

    /// <summary>What the judge's calibration belonged to in that run (model, prompt, labels); null in older records.</summary>
    public CalibrationIdentity? Calibration { get; init; }
}
