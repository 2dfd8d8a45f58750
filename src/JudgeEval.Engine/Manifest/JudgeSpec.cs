using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Manifest;

/// <summary>One judge: recorded <see cref="Judgments"/>, a <see cref="Live"/> endpoint, or both (live and recording).</summary>
public sealed record JudgeSpec
{
    public required string Id { get; init; }

    public required string Model { get; init; }

    public string? Name { get; init; }

    public SourceSpec? Judgments { get; init; }

    public LiveJudgeSpec? Live { get; init; }

    /// <summary>`promptVersion`: names the prompt behind the verdicts, for the calibration identity (recorded judges have no other).</summary>
    public string? PromptVersion { get; init; }

    /// <summary>The judge's mapping.</summary>
    public required SourceLocation At { get; init; }

    public required SourceLocation IdAt { get; init; }

    public required SourceLocation ModelAt { get; init; }

    public string DisplayName => Name ?? Id;
}
