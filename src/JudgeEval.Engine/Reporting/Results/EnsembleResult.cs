namespace JudgeEval.Engine.Reporting.Results;

public sealed record EnsembleResult
{
    public required string Id { get; init; }

    public required string Method { get; init; }

    public IReadOnlyList<string> Members { get; init; } = [];

    public int Items { get; init; }

    public double? Coverage { get; init; }

    public HumanAgreement? VsHuman { get; init; }

    /// <summary>The member with the highest kappa against humans, for the ensemble-vs-best-member check.</summary>
    public string? BestMember { get; init; }

    public double? BestMemberKappa { get; init; }

    public Dictionary<string, double?>? Metrics { get; init; }
}
