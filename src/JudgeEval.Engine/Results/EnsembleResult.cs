using JudgeEval.Engine.Statistics.Ensembles;

namespace JudgeEval.Engine.Results;

public sealed record EnsembleResult
{
    public required string Id { get; init; }

    public required EnsembleMethod Method { get; init; }

    public IReadOnlyList<string> Members { get; init; } = [];

    public int Items { get; init; }

    public double Coverage { get; init; } = double.NaN;

    public HumanAgreement? VsHuman { get; init; }

    /// <summary>The member with the highest kappa against humans, for the ensemble-vs-best-member check.</summary>
    public string? BestMember { get; init; }

    public double BestMemberKappa { get; init; } = double.NaN;

    /// <summary>Items the ensemble, its best member and the humans all rated: the fair ground for comparing the two.</summary>
    public int ComparedItems { get; init; }

    /// <summary>The ensemble's kappa against humans on <see cref="ComparedItems"/>.</summary>
    public double EnsembleKappaCompared { get; init; } = double.NaN;

    /// <summary>The best member's kappa against humans on <see cref="ComparedItems"/>.</summary>
    public double BestMemberKappaCompared { get; init; } = double.NaN;

    public Dictionary<string, double>? Metrics { get; init; }
}
