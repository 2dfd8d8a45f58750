using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Judging;

/// <summary>A judge that is called live, as given under the manifest's `judges`.</summary>
public sealed record LiveJudgeSettings
{
    public required string JudgeId { get; init; }

    public required string Model { get; init; }

    public required string EndpointId { get; init; }

    /// <summary>relevance | quality | safety | pairwise | a template file path (relative to the request's base directory).</summary>
    public string Prompt { get; init; } = "relevance";

    public int Samples { get; init; } = 1;

    public double? Temperature { get; init; }

    public long? Seed { get; init; }

    /// <summary>
    /// The seed sent with one sample: the judge's seed for sample 0 (so a single-sample run asks exactly what it always
    /// did), seed + n for sample n (n without a seed), so that repeats are distinct requests rather than the same one n
    /// times. It is part of the cache key.
    /// </summary>
    public long? SeedFor(int sample) => sample == 0 ? Seed : (Seed ?? 0) + sample;

    /// <summary>Where to write the judgments as JSONL for replay; relative to the base directory.</summary>
    public string? RecordPath { get; init; }

    /// <summary>The judge's node in the manifest.</summary>
    public SourceLocation? Location { get; init; }
}
