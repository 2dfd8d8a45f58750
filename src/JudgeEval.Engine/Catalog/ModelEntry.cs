namespace JudgeEval.Engine.Catalog;

/// <summary>
/// One model in the catalog. <see cref="Family"/> is the developer's model line (e.g. <c>gpt</c> for GPT-3.5/4/4o/5
/// and the o-series); <see cref="Provider"/> is who makes it. Lineage edges name canonical ids of other entries.
/// </summary>
public sealed record ModelEntry
{
    public required string Id { get; init; }

    public required string Provider { get; init; }

    public required string Family { get; init; }

    public string? DisplayName { get; init; }

    /// <summary>Release date as the developer gives it (ISO date or year-month); null when not verified.</summary>
    public string? Released { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Models whose weights this one continues training from.</summary>
    public IReadOnlyList<string> FineTunedFrom { get; init; } = [];

    /// <summary>Models whose outputs this one was trained on (synthetic data, teacher logits, preference ratings).</summary>
    public IReadOnlyList<string> DistilledFrom { get; init; } = [];

    /// <summary>The documented alignment method, e.g. rlhf, constitutional-ai, dpo.</summary>
    public string? Alignment { get; init; }

    public bool OpenWeights { get; init; }

    /// <summary>Sources, caveats and facts deliberately not turned into lineage.</summary>
    public string? Note { get; init; }

    /// <summary>Every lineage edge of this entry, fine-tunes first.</summary>
    public IEnumerable<(LineageEdge Kind, string Target)> Parents =>
        FineTunedFrom.Select(t => (LineageEdge.FineTunedFrom, t)).Concat(DistilledFrom.Select(t => (LineageEdge.DistilledFrom, t)));
}
