namespace JudgeEval.Engine.Labelling;

/// <summary>What one page state shows: the item (null when the selection is done), its state and the progress.</summary>
public sealed record LabelView
{
    public LabelItemView? Item { get; init; }

    /// <summary>open, labelled or skipped.</summary>
    public string State { get; init; } = LabelStates.Open;

    /// <summary>The choice recorded through this server when the item is labelled (for "back").</summary>
    public string? Choice { get; init; }

    /// <summary>Labelled by this annotator (now or in an earlier session), so "show the judges" is allowed.</summary>
    public bool Mine { get; init; }

    public bool CanGoBack { get; init; }

    public required LabelProgress Progress { get; init; }
}
