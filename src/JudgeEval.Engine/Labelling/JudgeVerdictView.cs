namespace JudgeEval.Engine.Labelling;

/// <summary>One judge's verdict on an item, revealed after the annotator labelled it; pairwise verdicts name sides as the annotator saw them.</summary>
public sealed record JudgeVerdictView(string Id, string Name, string Model, string Verdict);
