namespace JudgeEval.Engine.Judging;

/// <summary>
/// One request of a live run: a judge asked about one item, sample and order. When the item lacks a field the prompt
/// needs, <see cref="Messages"/>, <see cref="KeyInput"/> and <see cref="Key"/> are null and <see cref="Lacking"/> names
/// the placeholder.
/// </summary>
internal sealed record JudgingUnit(
    PreparedJudge Judge, int Item, int Sample, bool Swapped, IReadOnlyList<ChatTurn>? Messages, string? Lacking, CacheKeyInput? KeyInput, string? Key)
{
    /// <summary>The item field behind the lacking placeholder, so the reason names what to fix in the data.</summary>
    public string LackingField => Lacking switch
    {
        "textA" => Swapped ? "textB" : "text",
        "textB" => Swapped ? "text" : "textB",
        _ => Lacking!,
    };
}
