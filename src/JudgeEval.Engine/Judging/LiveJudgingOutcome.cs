using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Judging;

/// <summary>A live run's judgments per judge (shaped as the importers shape recorded data), its diagnostics and counters.</summary>
public sealed record LiveJudgingOutcome
{
    public required IReadOnlyDictionary<string, IReadOnlyList<Judgment>> Judgments { get; init; }

    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    public required JudgingCounters Counters { get; init; }

    /// <summary>True when every request yielded a verdict or a definitive answer (no budget stop, no missing cache entries, no transport failure).</summary>
    public required bool Complete { get; init; }
}
