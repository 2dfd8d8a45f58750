using System.Buffers;
using System.Text;

namespace JudgeEval.Engine.Import;

/// <summary>The checks every line-based importer makes before parsing a line: its length and its text.</summary>
internal static class RowLimits
{
    /// <summary>ASCII without the backslash: a line of only these needs no further look (no escape, one byte a character).</summary>
    static readonly SearchValues<byte> PlainAscii = SearchValues.Create([.. Enumerable.Range(0, 128).Where(b => b != '\\').Select(b => (byte)b)]);

    /// <summary>
    /// True when the line was too long or is not valid text; the problem is reported at the line. Otherwise
    /// <paramref name="chars"/> is its length in UTF-16 characters (its end column). A line of ASCII without a backslash
    /// (the usual one) takes a single pass.
    /// </summary>
    public static bool Refused(ByteLineReader lines, ReadOnlySpan<byte> line, ImportContext context, out int chars)
    {
        chars = 0;
        if (lines.TooLong)
        {
            context.Report(DataLimits.RowTooLong, $"Line {lines.LineNumber} is longer than {DataLimits.RowLimit}; it is skipped.", context.Line(lines.LineNumber, lines.LineNumber, 1));
            return true;
        }

        if (!line.ContainsAnyExcept(PlainAscii))
        {
            chars = line.Length;
            return false;
        }

        if (Utf8Text.Next(line, 0) is not { } bad)
        {
            chars = Encoding.UTF8.GetCharCount(line);
            return false;
        }

        var column = Encoding.UTF8.GetCharCount(line[..bad.Offset]) + 1;
        var at = new Diagnostics.SourceLocation(context.File, lines.LineNumber, column, lines.LineNumber, column + Math.Max(0, Encoding.UTF8.GetCharCount(line.Slice(bad.Offset, bad.Length)) - 1));
        context.Report(DataLimits.InvalidText, $"Line {lines.LineNumber} holds {bad.What} (column {column}); the row is skipped.", at);
        return true;
    }
}
