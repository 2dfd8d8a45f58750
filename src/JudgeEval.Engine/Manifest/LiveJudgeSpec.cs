using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Manifest;

/// <summary>
/// A judge called live through an endpoint. <see cref="Prompt"/> is a built-in name (relevance, quality, safety,
/// pairwise) or the absolute path of a template file; <see cref="Record"/> is absolute.
/// </summary>
public sealed record LiveJudgeSpec(
    string Endpoint,
    string Prompt,
    int Samples,
    double Temperature,
    int? Seed,
    string? Record,
    SourceLocation At)
{
    public static IReadOnlyList<string> BuiltInPrompts { get; } = ["relevance", "quality", "safety", "pairwise"];

    /// <summary>The `record` value's node, for findings about where the recording would be written.</summary>
    public SourceLocation? RecordAt { get; init; }

    public bool IsBuiltInPrompt => BuiltInPrompts.Contains(Prompt, StringComparer.Ordinal);
}
