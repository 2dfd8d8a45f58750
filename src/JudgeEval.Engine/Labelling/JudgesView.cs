namespace JudgeEval.Engine.Labelling;

/// <summary>"Show the judges": every judge's verdict and the producing models, only for an item this annotator labelled.</summary>
public sealed record JudgesView(string ItemId, string? YourChoice, IReadOnlyList<JudgeVerdictView> Judges, string? Model, string? LeftModel, string? RightModel);
