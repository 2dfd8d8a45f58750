namespace JudgeEval.Engine.Data;

/// <summary>
/// Item ids to item positions. Rows usually come in item order (one row per item, or the same order with gaps), so
/// each lookup first tries the position after the previous match, which costs one string comparison instead of a hash.
/// </summary>
sealed class ItemIndex(IReadOnlyList<EvalItem> items, Dictionary<string, int> byId)
{
    /// <summary>With duplicate ids only the dictionary's answer (the first item) is right, so the guess is not tried.</summary>
    readonly bool unique = byId.Count == items.Count;

    public Dictionary<string, int> ById => byId;

    /// <summary>The position of the item with id <paramref name="id"/>; <paramref name="next"/> is the guess, moved past each match.</summary>
    public bool TryFind(string id, ref int next, out int position)
    {
        if ((uint)next < (uint)items.Count && unique && string.Equals(items[next].Id, id, StringComparison.Ordinal))
        {
            position = next++;
            return true;
        }

        if (byId.TryGetValue(id, out position))
        {
            next = position + 1;
            return true;
        }

        return false;
    }
}
