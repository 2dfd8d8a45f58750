using JudgeEval.Engine.Diagnostics;

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
}

/// <summary>One judge's judgments and the manifest node that declared their source.</summary>
public sealed record JudgeInput(string Id, IReadOnlyList<Judgment> Judgments, SourceLocation DeclaredAt);
