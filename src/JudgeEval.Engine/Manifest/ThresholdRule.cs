namespace JudgeEval.Engine.Manifest;

/// <summary>A numeric threshold's manifest name, default, allowed range, and how to read and replace it in a set.</summary>
internal sealed record ThresholdRule(
    string Name,
    double Default,
    double Min,
    double Max,
    bool WholeNumber,
    Func<ThresholdSet, Threshold?> Get,
    Func<ThresholdSet, Threshold, ThresholdSet> Set);
