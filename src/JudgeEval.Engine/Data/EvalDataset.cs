using JudgeEval.Engine.Statistics.Annotators;

namespace JudgeEval.Engine.Data;

/// <summary>Items, human labels and every judge's verdicts, joined and aligned by item index.</summary>
public sealed record EvalDataset
{
    readonly double?[]? grades;

    public required Scale Scale { get; init; }

    public required IReadOnlyList<EvalItem> Items { get; init; }

    /// <summary>
    /// Human label per item, exact (a consensus may fall between grades); null where none. All null when the audit is
    /// inter-judge only. Bias, correlations, self-preference and the product score use these values.
    /// </summary>
    public required double?[] Human { get; init; }

    /// <summary>
    /// <see cref="Human"/> rounded to grades by <see cref="Rounding"/>, for the categorical statistics (kappa, the
    /// confusion table, F1); the exact labels when none was set.
    /// </summary>
    public double?[] HumanGrades
    {
        get => grades ?? Human;
        init => grades = value;
    }

    /// <summary>The rounding that made <see cref="HumanGrades"/>.</summary>
    public LabelRounding Rounding { get; init; } = LabelRounding.HalfUp;

    /// <summary>How several annotations of one item became its label.</summary>
    public ConsensusMethod Consensus { get; init; } = ConsensusMethod.Median;

    /// <summary>The individual annotations, one aligned array per annotator (unnamed annotations under ""); empty without labels.</summary>
    public IReadOnlyList<AnnotatorLabels> Annotations { get; init; } = [];

    /// <summary>When each label was made, where known.</summary>
    public DateOnly?[] HumanLabeledOn { get; init; } = [];

    public required IReadOnlyList<JudgeRatings> Judges { get; init; }

    public bool HasHumanLabels => Human.Any(h => h.HasValue);

    public JudgeRatings Judge(string id) => Judges.First(j => j.JudgeId == id);
}

/// <summary>One annotator's labels, aligned with <see cref="EvalDataset.Items"/>; null where the annotator gave none.</summary>
public sealed record AnnotatorLabels(string Annotator, double?[] Labels);
