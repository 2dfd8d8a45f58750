using JudgeEval.Engine.Data;
using JudgeEval.Engine.Manifest;

namespace JudgeEval.Engine.Labelling;

/// <summary>Everything a labelling session works from, prepared and validated by <see cref="LabelSetup"/>.</summary>
public sealed record LabelWorkspace
{
    public required EvalManifest Manifest { get; init; }

    /// <summary>Items and the recorded judges' verdicts (live-only judges are left out: labelling never calls an endpoint).</summary>
    public required EvalDataset Data { get; init; }

    /// <summary>Item indices in asking order, this annotator's labelled ones included (they count towards progress "in all").</summary>
    public required IReadOnlyList<int> Selection { get; init; }

    public required TakeMode Take { get; init; }

    public required LabelRubric Rubric { get; init; }

    public required LabelStore Store { get; init; }

    /// <summary>Whether one of the manifest's `humanLabels` sources is the labels file, so the next run reads the new labels.</summary>
    public required bool LabelsInManifest { get; init; }

    public required string Annotator { get; init; }

    public required int Seed { get; init; }

    /// <summary>
    /// Items labelled in the manifest's other label sources, and by whom: this annotator is not asked again for their
    /// own, and every label counts for the calibration.
    /// </summary>
    public required LabelledBy LabelledElsewhere { get; init; }

    /// <summary>Every item id, to count only labels that join an item.</summary>
    public required IReadOnlySet<string> ItemIds { get; init; }
}
