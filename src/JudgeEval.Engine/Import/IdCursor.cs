using System.Text.Json;
using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Import;

/// <summary>
/// One file's place in the run's ids: where its next id is looked for first (<see cref="IdTable.Entry(ref Utf8JsonReader, ref int)"/>),
/// and the entry of the current row's id, so that the row is stored by entry number.
/// </summary>
sealed class IdCursor(IdTable ids)
{
    int next;

    /// <summary>The entry of the id read since <see cref="StartRow"/>; -1 when none was read as a string.</summary>
    public int RowEntry { get; private set; } = -1;

    public void StartRow() => RowEntry = -1;

    /// <summary>The shared string of the JSON string under <paramref name="reader"/>, noted as the row's id.</summary>
    public string Read(ref Utf8JsonReader reader)
    {
        RowEntry = ids.Entry(ref reader, ref next);
        return ids[RowEntry];
    }
}
