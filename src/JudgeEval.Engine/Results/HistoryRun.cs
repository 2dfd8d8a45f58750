namespace JudgeEval.Engine.Results;

/// <summary>One line of the run history file: when and on what a run happened, each judge's agreement, and the verdict.</summary>
public sealed record HistoryRun
{
    public required DateTimeOffset Date { get; init; }

    /// <summary>The git commit the run's work tree was at; null outside git.</summary>
    public string? Commit { get; init; }

    public string? Branch { get; init; }

    /// <summary>The engine's version.</summary>
    public required string Tool { get; init; }

    /// <summary>The model catalog's version.</summary>
    public string? Catalog { get; init; }

    public required VerdictOutcome Verdict { get; init; }

    public List<HistoryJudge> Judges { get; init; } = [];

    public HistoryJudge? Judge(string id) => Judges.Find(j => string.Equals(j.Id, id, StringComparison.Ordinal));
}
