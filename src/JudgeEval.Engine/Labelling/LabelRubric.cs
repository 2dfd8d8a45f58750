namespace JudgeEval.Engine.Labelling;

/// <summary>What the labelling page tells the annotator: instructions, the choices as buttons, and where the text came from.</summary>
public sealed record LabelRubric(string? Instructions, IReadOnlyList<LabelChoice> Choices, string? Source);
