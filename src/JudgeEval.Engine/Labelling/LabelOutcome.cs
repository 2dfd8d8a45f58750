namespace JudgeEval.Engine.Labelling;

/// <summary>The answer to a submitted label: what was saved (or why nothing was), and the view to show next.</summary>
public sealed record LabelOutcome(string? SavedId, string? SavedChoice, string? Problem, LabelView View);
