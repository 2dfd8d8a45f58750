namespace JudgeEval.Engine.Data;

/// <summary>
/// Item ids to item positions. Rows usually come in item order (one row per item, or the same order with gaps), so
/// each lookup first tries the position after the previous match, which costs one string comparison instead of a hash.
/// </summary>
sealed class ItemIndex(IReadOnlyList<EvalItem> items, Dictionary<string, int> byId)
{
    /// <summary>With duplicate ids only the dictionary's answer (the first item) is right, so the guess is not tried.</summary>
    readonly bool unique = byId.Count == items.Count;

    // The position of each entry of one id table (position + 1; -1 for an id that is no item; 0 not looked up yet), so
    // that the rows of the second judge on are placed without reading an item or an id.
    IdTable? positionsOf;
    int[] positions = [];

    public Dictionary<string, int> ById => byId;

    /// <summary>As <see cref="TryFind(string, ref int, out int)"/> for row <paramref name="row"/> of <paramref name="columns"/>, by its id's entry.</summary>
    public bool TryFind(JudgmentColumns columns, int row, ref int next, out int position)
    {
        if (!ReferenceEquals(positionsOf, columns.Ids))
        {
            if (positionsOf is not null)
            {
                // Columns of another table (not one run's): by id, as any other rows.
                return TryFind(columns.ItemId(row), ref next, out position);
            }

            positionsOf = columns.Ids;
        }

        var entry = columns.IdEntry(row);
        if (entry >= positions.Length)
        {
            Array.Resize(ref positions, Math.Max(entry + 1, columns.Ids.Count));
        }

        var known = positions[entry];
        if (known != 0)
        {
            position = known - 1;
            next = known > 0 ? known : next;
            return known > 0;
        }

        var found = TryFind(columns.ItemId(row), ref next, out position);
        positions[entry] = found ? position + 1 : -1;
        return found;
    }

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
