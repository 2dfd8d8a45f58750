using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Manifest;

/// <summary>An addition to, or override of, the built-in model catalog (`models[]`).</summary>
public sealed record ModelOverrideSpec
{
    public required string Id { get; init; }

    public string? Provider { get; init; }

    public string? Family { get; init; }

    public IReadOnlyList<string> FineTunedFrom { get; init; } = [];

    public IReadOnlyList<string> DistilledFrom { get; init; } = [];

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public required SourceLocation At { get; init; }
}
