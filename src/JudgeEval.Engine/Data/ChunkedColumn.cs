namespace JudgeEval.Engine.Data;

/// <summary>
/// A column that grows by whole chunks: nothing is copied as it grows and no outgrown array is left behind (an array
/// doubled to a million rows leaves a million rows of garbage on the large-object heap, collected only with gen 2).
/// </summary>
sealed class ChunkedColumn<T>
{
    const int Shift = 16;
    const int ChunkSize = 1 << Shift;
    const int Mask = ChunkSize - 1;

    T[][] chunks = [];
    int capacity;

    public ref T this[int row] => ref chunks[row >> Shift][row & Mask];

    /// <summary>Lets the rows go to the collector; reading one afterwards throws.</summary>
    public void Release() => (chunks, capacity) = ([], 0);

    /// <summary>Makes room for row <paramref name="row"/>; rows are added in order.</summary>
    public void Reserve(int row)
    {
        if (row < capacity)
        {
            return;
        }

        var chunk = row >> Shift;
        if (chunk == chunks.Length)
        {
            Array.Resize(ref chunks, Math.Max(4, chunks.Length * 2));
        }

        // The first chunk starts small, so that a source of a few rows costs a few rows.
        var size = chunk == 0 ? Math.Min(ChunkSize, Math.Max(16, capacity * 2)) : ChunkSize;
        if (chunks[chunk] is { } first)
        {
            Array.Resize(ref first, size);
            chunks[chunk] = first;
        }
        else
        {
            chunks[chunk] = new T[size];
        }

        capacity = chunk * ChunkSize + size;
    }
}
