namespace JudgeEval.Engine.Import;

/// <summary>
/// Streams a file line by line as UTF-8 bytes (no string per line): the line is a view into a reused buffer,
/// valid until the next call. Strips the line break, a trailing CR and a leading byte-order mark. A line longer than
/// <c>maxLine</c> bytes is skipped without being held: it comes back empty with <see cref="TooLong"/> set.
/// </summary>
sealed class ByteLineReader(string path, int maxLine = DataLimits.MaxRowBytes) : IDisposable
{
    static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    // Buffer size 1: this class buffers itself.
    readonly FileStream stream = new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
    byte[] buffer = new byte[1 << 16];
    int start;
    int end;
    bool eof;

    /// <summary>1-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    /// <summary>The line last returned was longer than the limit; it was skipped and returned empty.</summary>
    public bool TooLong { get; private set; }

    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        TooLong = false;
        var searched = 0;
        while (true)
        {
            var newline = buffer.AsSpan(start + searched, end - start - searched).IndexOf((byte)'\n');
            if (newline >= 0 && searched + newline <= maxLine)
            {
                line = Take(searched + newline, searched + newline + 1);
                return true;
            }

            if (newline >= 0 || end - start > maxLine)
            {
                SkipLine(newline >= 0 ? start + searched + newline : -1);
                line = default;
                return true;
            }

            searched = end - start;
            if (eof)
            {
                if (start < end)
                {
                    line = Take(end - start, end - start);
                    return true;
                }

                line = default;
                return false;
            }

            Fill();
        }
    }

    public void Dispose() => stream.Dispose();

    /// <summary>Drops the current line up to and including its newline at <paramref name="newlineAt"/> (or the next one read).</summary>
    void SkipLine(int newlineAt)
    {
        TooLong = true;
        LineNumber++;
        while (newlineAt < 0 && !eof)
        {
            start = end = 0;
            Fill();
            newlineAt = buffer.AsSpan(0, end).IndexOf((byte)'\n');
        }

        start = newlineAt < 0 ? end : newlineAt + 1;
    }

    ReadOnlySpan<byte> Take(int length, int consumed)
    {
        var line = buffer.AsSpan(start, length);
        start += consumed;
        LineNumber++;
        if (line.Length > 0 && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }

        if (LineNumber == 1 && line.StartsWith(Bom))
        {
            line = line[Bom.Length..];
        }

        return line;
    }

    void Fill()
    {
        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            Array.Resize(ref buffer, buffer.Length * 2);
        }

        var read = stream.Read(buffer, end, buffer.Length - end);
        if (read == 0)
        {
            eof = true;
        }

        end += read;
    }
}
