namespace JudgeEval.Engine.Results;

/// <summary>One judge: identity, coverage, agreement with humans, retrieval metrics and (pairwise) position bias.</summary>
public sealed record JudgeResult
{
    public required string Id { get; init; }

    public string? Name { get; init; }

    public required string Model { get; init; }

    /// <summary>The catalog id the model resolved to; null when unknown.</summary>
    public string? ResolvedModel { get; init; }

    public string? Family { get; init; }

    public string? Provider { get; init; }

    /// <summary>Items the judge was expected to judge.</summary>
    public int Items { get; init; }

    /// <summary>Items with a valid verdict (pairwise: valid in both orders).</summary>
    public int Valid { get; init; }

    /// <summary>Valid / Items; NaN when the judge was expected to judge nothing.</summary>
    public double Coverage { get; init; } = double.NaN;

    /// <summary>Missing verdicts by reason.</summary>
    public Dictionary<string, int> Missing { get; init; } = [];

    public HumanAgreement? VsHuman { get; init; }

    /// <summary>Keys "ndcg@10", "p@5", "mrr", "meanScore" (k as configured); present with ranked retrieval data.</summary>
    public Dictionary<string, double>? Metrics { get; init; }

    public PositionBias? Position { get; init; }

    /// <summary>Agreement of the judge with itself across repeated samples; null without repeats.</summary>
    public SelfConsistency? Consistency { get; init; }

    /// <summary>Verbosity bias against the humans; null without human labels or output lengths.</summary>
    public LengthBias? LengthBias { get; init; }

    /// <summary>The model, prompt and labels this judge's calibration belongs to.</summary>
    public CalibrationIdentity? Calibration { get; init; }
}
