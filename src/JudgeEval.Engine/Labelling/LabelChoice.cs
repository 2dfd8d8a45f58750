namespace JudgeEval.Engine.Labelling;

/// <summary>
/// One button of the labelling page. <see cref="Choice"/> is what the page sends back: a grade ("0".."3") pointwise,
/// "left", "right" or "tie" pairwise (the server maps sides back to the pair's original numbering).
/// </summary>
public sealed record LabelChoice(string Choice, string Label, string? Key, string? Description);
