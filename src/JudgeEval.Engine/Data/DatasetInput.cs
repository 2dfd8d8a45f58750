using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Statistics.Annotators;

namespace JudgeEval.Engine.Data;

/// <summary>Everything the importers read for one eval, with the manifest nodes that declared each source.</summary>
public sealed record DatasetInput
{
    public required Scale Scale { get; init; }

    public required IReadOnlyList<EvalItem> Items { get; init; }

    public required SourceLocation ItemsAt { get; init; }

    public IReadOnlyList<HumanLabel>? Labels { get; init; }

    public SourceLocation? LabelsAt { get; init; }

    /// <summary>Applies to labels that carry no date of their own.</summary>
    public DateOnly? LabeledOn { get; init; }

    /// <summary>What the label sources lacked, to say why no label was usable.</summary>
    public LabelShortfall LabelShortfall { get; init; } = LabelShortfall.None;

    public IReadOnlyList<JudgeInput> Judges { get; init; } = [];

    /// <summary>How several annotators' labels of one item are combined; null takes the task's default (median pointwise, majority pairwise).</summary>
    public ConsensusMethod? Consensus { get; init; }

    /// <summary>How a fractional label becomes a grade for the categorical statistics.</summary>
    public LabelRounding Rounding { get; init; } = LabelRounding.HalfUp;
}

/// <summary>One judge's judgments and the manifest node that declared their source.</summary>
public sealed record JudgeInput(string Id, IReadOnlyList<Judgment> Judgments, SourceLocation DeclaredAt);
