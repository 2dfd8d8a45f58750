using JudgeEval.Engine.Statistics.Agreement;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Manifest;

/// <summary>What the judges were asked (`task:`), with the defaults of docs/manifest.md applied.</summary>
public sealed record TaskSpec
{
    public required TaskKind Kind { get; init; }

    /// <summary>Pointwise: min..max integer grades; pairwise: <see cref="Scale.Pairwise"/>.</summary>
    public required Scale Scale { get; init; }

    /// <summary>Pointwise: a grade at or above it is a pass. Pairwise: unused (1.5).</summary>
    public required double PassThreshold { get; init; }

    public required KappaWeighting Weighting { get; init; }

    /// <summary>Only with <see cref="KappaWeighting.Custom"/>: k x k agreement weights in scale order.</summary>
    public double[][]? Weights { get; init; }

    public RetrievalSpec? Retrieval { get; init; }

    /// <summary>What human labellers are told (`judgeeval label`); null when the manifest gives no rubric.</summary>
    public RubricSpec? Rubric { get; init; }
    /// <summary>`gate`: what kappaWarn/kappaFail compare, kappa (default) or Gwet's AC.</summary>
    public AgreementGate Gate { get; init; }

    public SourceLocation? GateAt { get; init; }

    public required SourceLocation At { get; init; }

    public required SourceLocation PassThresholdAt { get; init; }

    public required SourceLocation WeightingAt { get; init; }
}
