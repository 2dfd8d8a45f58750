namespace JudgeEval.Engine.Import;

/// <summary>
/// RFC 4180 records from a UTF-8 file: quoted fields may hold the delimiter, doubled quotes and line breaks;
/// CRLF and LF both end a record; blank lines are skipped. Fields are views into a reused buffer, valid until the next record.
/// A record longer than <c>maxRecord</c> characters is skipped to the end of its line without being held (<see cref="TooLong"/>);
/// one with bytes that are not UTF-8 is flagged (<see cref="InvalidText"/>).
/// </summary>
sealed class CsvReader : IDisposable
{
    readonly FlaggingDecoderFallback invalidBytes = new();
    readonly StreamReader reader;
    readonly char delimiter;
    readonly int maxRecord;
    readonly char[] buffer = new char[1 << 16];
    char[] row = new char[1024];
    int[] starts = new int[32];
    int[] lengths = new int[32];
    int pos;
    int len;
    int rowLength;
    int line = 1;
    int column;
    int lastLineColumn;
    int recordChars;

    public CsvReader(string path, char delimiter, int maxRecord = DataLimits.MaxRowBytes)
    {
        var utf8 = (System.Text.Encoding)new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false).Clone();
        utf8.DecoderFallback = invalidBytes;
        reader = new(path, utf8, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 16, Options = FileOptions.SequentialScan });
        this.delimiter = delimiter;
        this.maxRecord = maxRecord;
    }

    public int FieldCount { get; private set; }

    /// <summary>The physical line the record starts on (1-based).</summary>
    public int StartLine { get; private set; }

    public int EndLine { get; private set; }

    public int EndColumn { get; private set; }

    /// <summary>A quoting problem in the record just read, if any (the record is still returned, read leniently).</summary>
    public string? Error { get; private set; }

    /// <summary>The record just read was longer than the limit: it was skipped to the end of its line and has no fields.</summary>
    public bool TooLong { get; private set; }

    /// <summary>The record just read held bytes that are not UTF-8 (decoded as U+FFFD).</summary>
    public bool InvalidText { get; private set; }

    public ReadOnlySpan<char> this[int index] => row.AsSpan(starts[index], lengths[index]);

    public string Field(int index) => new(this[index]);

    public bool Read()
    {
        Error = null;
        while (true)
        {
            var c = Peek();
            if (c < 0)
            {
                return false;
            }

            if (c is '\n' or '\r')
            {
                Next();
                continue;
            }

            ReadRecord();
            return true;
        }
    }

    public void Dispose() => reader.Dispose();

    void ReadRecord()
    {
        FieldCount = 0;
        rowLength = 0;
        StartLine = line;
        recordChars = 0;
        TooLong = false;
        while (true)
        {
            var fieldStart = rowLength;
            var c = Next();
            if (c == '"')
            {
                c = ReadQuoted();
            }

            while (c >= 0 && c != delimiter && c != '\n' && c != '\r' && !TooLong)
            {
                Append((char)c);
                c = Next();
            }

            if (TooLong)
            {
                c = SkipToLineEnd(c);
                FieldCount = 0;
                rowLength = 0;
            }
            else
            {
                AddField(fieldStart);
            }

            if (c == delimiter)
            {
                continue;
            }

            EndLine = c == '\n' ? line - 1 : line;
            EndColumn = c == '\n' ? lastLineColumn : column;
            if (c == '\r' && Peek() == '\n')
            {
                Next();
            }

            // Only a file with undecodable bytes is searched; a U+FFFD written in a valid file is text.
            InvalidText = invalidBytes.Count > 0 && row.AsSpan(0, rowLength).Contains('\uFFFD');
            return;
        }
    }

    /// <summary>Reads a quoted field's content; returns the character after the closing quote.</summary>
    int ReadQuoted()
    {
        while (true)
        {
            var c = Next();
            if (c < 0)
            {
                Error ??= "a quoted field is not closed before the end of the file";
                return c;
            }

            if (TooLong)
            {
                return c;
            }

            if (c == '"')
            {
                if (Peek() != '"')
                {
                    var after = Next();
                    if (after >= 0 && after != delimiter && after != '\n' && after != '\r')
                    {
                        Error ??= "text follows a closing quote";
                    }

                    return after;
                }

                Next();
            }

            Append((char)c);
        }
    }

    /// <summary>Consumes the rest of an over-long record's physical line, quotes or not; returns the line end (or -1).</summary>
    int SkipToLineEnd(int c)
    {
        if (c < 0 || c is '\n' or '\r')
        {
            return c;
        }

        // A block at a time: an over-long record may be the rest of a 2 GB file.
        while (Peek() >= 0)
        {
            var end = buffer.AsSpan(pos, len - pos).IndexOfAny('\n', '\r');
            var skipped = end < 0 ? len - pos : end;
            pos += skipped;
            column += skipped;
            if (end >= 0)
            {
                return Next();
            }
        }

        return -1;
    }

    void AddField(int fieldStart)
    {
        if (FieldCount == starts.Length)
        {
            Array.Resize(ref starts, starts.Length * 2);
            Array.Resize(ref lengths, lengths.Length * 2);
        }

        starts[FieldCount] = fieldStart;
        lengths[FieldCount] = rowLength - fieldStart;
        FieldCount++;
    }

    void Append(char c)
    {
        if (rowLength == row.Length)
        {
            Array.Resize(ref row, row.Length * 2);
        }

        row[rowLength++] = c;
    }

    int Peek()
    {
        if (pos == len)
        {
            len = reader.Read(buffer, 0, buffer.Length);
            pos = 0;
            if (len <= 0)
            {
                len = 0;
                return -1;
            }
        }

        return buffer[pos];
    }

    int Next()
    {
        var c = Peek();
        if (c < 0)
        {
            return c;
        }

        pos++;
        TooLong |= ++recordChars > maxRecord;
        if (c == '\n')
        {
            lastLineColumn = column;
            line++;
            column = 0;
        }
        else if (c != '\r')
        {
            column++;
        }

        return c;
    }
}
