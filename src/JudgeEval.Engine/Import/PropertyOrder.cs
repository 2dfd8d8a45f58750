using System.Text.Json;

namespace JudgeEval.Engine.Import;

/// <summary>
/// Matches a jsonl row's property names to columns. Rows of one file write their properties in the same order, so the
/// column found at each position of the previous row is tried first: one comparison a property instead of a scan of
/// every column name.
/// </summary>
sealed class PropertyOrder
{
    readonly int[] previous = Enumerable.Repeat(-1, Columns.Count).ToArray();

    /// <summary>The column named by the property under <paramref name="reader"/>, the row's <paramref name="position"/>th; -1 for none.</summary>
    public int Find(ref Utf8JsonReader reader, int position)
    {
        var names = Columns.Utf8Names;
        if (!reader.ValueIsEscaped && position < previous.Length && previous[position] is var guess and >= 0 && reader.ValueSpan.SequenceEqual(names[guess]))
        {
            return guess;
        }

        var column = Scan(ref reader, names);
        if (position < previous.Length)
        {
            previous[position] = column;
        }

        return column;
    }

    static int Scan(ref Utf8JsonReader reader, IReadOnlyList<byte[]> names)
    {
        if (!reader.ValueIsEscaped)
        {
            // Compare raw bytes, and only names of the same length.
            var name = reader.ValueSpan;
            for (var i = 0; i < names.Count; i++)
            {
                if (names[i].Length == name.Length && name.SequenceEqual(names[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        for (var i = 0; i < names.Count; i++)
        {
            if (reader.ValueTextEquals(names[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
