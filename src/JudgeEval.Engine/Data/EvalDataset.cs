namespace JudgeEval.Engine.Data;

/// <summary>Items, human labels and every judge's verdicts, joined and aligned by item index.</summary>
public sealed record EvalDataset
{
    public required Scale Scale { get; init; }

    public required IReadOnlyList<EvalItem> Items { get; init; }

    /// <summary>Human label per item; null where none. All null when the audit is inter-judge only.</summary>
    public required double?[] Human { get; init; }

    /// <summary>When each label was made, where known.</summary>
    public DateOnly?[] HumanLabeledOn { get; init; } = [];

    public required IReadOnlyList<JudgeRatings> Judges { get; init; }

    public bool HasHumanLabels => Human.Any(h => h.HasValue);

    public JudgeRatings Judge(string id) => Judges.First(j => j.JudgeId == id);
}
