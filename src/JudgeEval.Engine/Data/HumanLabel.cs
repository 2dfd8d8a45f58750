using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Data;

/// <summary>A human reference label: a grade on the scale, or a pairwise <see cref="Preference"/>.</summary>
public sealed record HumanLabel
{
    public required string ItemId { get; init; }

    public required double Score { get; init; }

    public string? Annotator { get; init; }

    /// <summary>When the label was made; the manifest's labeledOn applies when the data have none.</summary>
    public DateOnly? LabeledOn { get; init; }

    public SourceLocation? Source { get; init; }
}
