using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Manifest;

/// <summary>
/// What a human labeller is told (`task.rubric`): general instructions and, pointwise, a description per grade.
/// The judges never see it; `judgeeval label` shows it beside the grade buttons.
/// </summary>
public sealed record RubricSpec
{
    public string? Instructions { get; init; }

    /// <summary>Pointwise only: grade value to its description; grades without one are absent.</summary>
    public IReadOnlyDictionary<int, string> Grades { get; init; } = new Dictionary<int, string>();

    public required SourceLocation At { get; init; }
}
