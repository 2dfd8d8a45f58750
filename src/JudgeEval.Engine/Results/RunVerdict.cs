namespace JudgeEval.Engine.Results;

/// <summary>The run's outcome, its error and warning counts, and the codes that settled it (most severe first).</summary>
public sealed record RunVerdict(VerdictOutcome Outcome, int Errors, int Warnings, IReadOnlyList<string> DecidedBy)
{
    /// <summary>What the analysis hands the audit: nothing decided yet.</summary>
    public static RunVerdict Undecided { get; } = new(VerdictOutcome.Inconclusive, 0, 0, []);
}
