using System.Text.Json;
using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Import;

/// <summary>
/// A jsonl fast path for the common row of one role: it goes straight into the import's columns or items, with no
/// cells, row or mapping. Any other row (another column, a value of another kind, an escaped name, a line that is not
/// one object) is left to the general path, which reads it again from the start, so every row is stored and every
/// problem reported exactly as before. A file whose rows are mostly not plain stops trying after a few hundred rows, so
/// that it does not pay for two reads of most rows.
/// </summary>
abstract class PlainPath
{
    int tried;
    int declined;

    /// <summary>The fast path for this import, or null when its rows need the general path's options.</summary>
    public static PlainPath? For(ImportContext context) => context.Role == DataRole.Items ? new PlainItem(context) : PlainRow.ForGrades(context);

    /// <summary>Reads a plain row and stores it (or drops it, as the general path does); false for any other row.</summary>
    public bool TryAdd(ReadOnlySpan<byte> line, IdCursor ids, LineSpan at)
    {
        if (tried >= 256 && declined * 4 > tried)
        {
            return false;
        }

        tried++;
        try
        {
            if (TryStore(line, ids, at))
            {
                return true;
            }
        }
        catch (JsonException)
        {
            // Malformed JSON is the general path's to report.
        }

        declined++;
        return false;
    }

    /// <summary>Stores the row if it is plain, reading it to its end first; false (nothing stored) otherwise.</summary>
    protected abstract bool TryStore(ReadOnlySpan<byte> line, IdCursor ids, LineSpan at);
}
