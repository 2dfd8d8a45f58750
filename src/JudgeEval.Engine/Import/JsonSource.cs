using System.Text;
using System.Text.Json;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Import;

/// <summary>
/// A whole JSON file in memory with an index of line starts, so the byte offsets Utf8JsonReader reports
/// become line/column locations (columns count characters, not bytes).
/// </summary>
sealed class JsonSource
{
    readonly byte[] bytes;
    readonly int offset;
    readonly int[] lineStarts;

    JsonSource(string file, byte[] bytes)
    {
        File = file;
        this.bytes = bytes;
        offset = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        lineStarts = IndexLines(Span);
    }

    public string File { get; }

    /// <summary>The JSON text without a byte-order mark; reader offsets are relative to it.</summary>
    public ReadOnlySpan<byte> Span => bytes.AsSpan(offset);

    /// <summary>
    /// Reads the source's file whole, when it is within <see cref="DataLimits.MaxWholeFileBytes"/> (else reports JE0142 and
    /// returns null). Text that is not valid Unicode is reported at its place (JE0143) and read as '?', so the rest of
    /// the file is still checked.
    /// </summary>
    public static JsonSource? Load(ImportContext context) => Load(context, context.File);

    /// <summary>One file of a source that is a folder (a result store), checked and reported like the source's own file.</summary>
    public static JsonSource? Load(ImportContext context, string file)
    {
        if (file != context.File && IO.InputFile.NotRegular(file) is { } what)
        {
            context.Report(DataLimits.NotRegularFile, $"'{file}' is {what}; only regular files are read.", context.Source.OptionAt("path"));
            return null;
        }

        var length = IO.InputFile.Length(file);
        if (length > DataLimits.MaxWholeFileBytes)
        {
            context.Report(DataLimits.FileTooLarge,
                $"'{file}' has {IO.InputFile.Size(length)}; a {context.Source.Format} file is one JSON document read whole, at most {IO.InputFile.Size(DataLimits.MaxWholeFileBytes)}.",
                context.Source.OptionAt("path"));
            return null;
        }

        var source = new JsonSource(file, System.IO.File.ReadAllBytes(file));
        source.Sanitize(context);
        return source;
    }

    void Sanitize(ImportContext context)
    {
        var text = bytes.AsSpan(offset);
        var from = 0;
        while (Utf8Text.Next(text, from) is { } bad)
        {
            var at = Location(bad.Offset, bad.Offset + bad.Length - 1);
            context.Report(DataLimits.InvalidText, $"Line {at.Line} holds {bad.What}; it is read as '?' so the rest of the file can be checked.", at);
            Utf8Text.Patch(text, bad.Offset, bad.Length);
            from = bad.Offset + bad.Length;
        }
    }

    public Utf8JsonReader Reader() => new(Span, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });

    /// <summary>The span from <paramref name="start"/> to <paramref name="endInclusive"/> (byte offsets).</summary>
    public SourceLocation Location(long start, long endInclusive)
    {
        var (line, column) = Position(start);
        var (endLine, endColumn) = Position(Math.Max(start, endInclusive));
        return new SourceLocation(File, line, column, endLine, endColumn);
    }

    /// <summary>Where the token under the reader starts.</summary>
    public SourceLocation At(in Utf8JsonReader reader) => Location(reader.TokenStartIndex, reader.TokenStartIndex);

    /// <summary>Where the parser stopped (JsonException positions are 0-based line and byte-in-line).</summary>
    public SourceLocation At(JsonException error)
    {
        var line = (int)Math.Clamp(error.LineNumber ?? 0, 0, lineStarts.Length - 1);
        var lineStart = lineStarts[line];
        var byteInLine = (int)Math.Clamp(error.BytePositionInLine ?? 0, 0, Span.Length - lineStart);
        var column = Encoding.UTF8.GetCharCount(Span.Slice(lineStart, byteInLine)) + 1;
        return SourceLocation.At(File, line + 1, column);
    }

    (int Line, int Column) Position(long offset)
    {
        var at = (int)Math.Clamp(offset, 0, Span.Length);
        var index = Array.BinarySearch(lineStarts, at);
        var line = index >= 0 ? index : ~index - 1;
        var column = Encoding.UTF8.GetCharCount(Span[lineStarts[line]..at]) + 1;
        return (line + 1, column);
    }

    static int[] IndexLines(ReadOnlySpan<byte> text)
    {
        var starts = new List<int>(1024) { 0 };
        var from = 0;
        while (true)
        {
            var next = text[from..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return [.. starts];
            }

            from += next + 1;
            starts.Add(from);
        }
    }

    /// <summary>Common message text for malformed JSON.</summary>
    public static string Describe(JsonException error)
    {
        var message = error.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
