namespace JudgeEval.Engine.Labelling;

/// <summary>
/// An item as the annotator sees it: no verdict, judge or producing model. Pointwise: <see cref="Text"/>; pairwise:
/// <see cref="Left"/> and <see cref="Right"/>, already in the order this annotator sees the pair.
/// </summary>
public sealed record LabelItemView(string Id, int Number, string? Query, string? Text, string? Left, string? Right);
