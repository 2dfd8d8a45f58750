using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace JudgeEval.Engine.Import;

/// <summary>
/// Finds what would make JSON text unreadable as .NET strings: bytes that are not UTF-8, and `\u` escapes of half a
/// surrogate pair ("\ud800"), which are valid JSON syntax but not text. Found before parsing, so the problem has a
/// row and a column instead of failing the whole file.
/// </summary>
internal static class Utf8Text
{
    /// <summary>The first problem at or after <paramref name="from"/>: its byte offset and length, and what it is; null when none.</summary>
    public static (int Offset, int Length, string What)? Next(ReadOnlySpan<byte> text, int from) =>
        Ascii.IsValid(text[from..]) ? NextInAscii(text, from) : NextInAny(text, from);

    /// <summary>As <see cref="Next"/> for text known to be ASCII, where only an escape can be a problem.</summary>
    static (int Offset, int Length, string What)? NextInAscii(ReadOnlySpan<byte> text, int from) =>
        LoneSurrogateEscape(text, from, text.Length);

    static (int Offset, int Length, string What)? NextInAny(ReadOnlySpan<byte> text, int from)
    {
        var invalid = InvalidUtf8(text, from);
        var escape = LoneSurrogateEscape(text, from, invalid?.Offset ?? text.Length);
        return escape ?? invalid;
    }

    /// <summary>Same-length replacement, so byte offsets and line numbers stay right: '?' bytes, or the escape \u003f.</summary>
    public static void Patch(Span<byte> text, int offset, int length)
    {
        if (length == 6 && text[offset] == (byte)'\\')
        {
            "\\u003f"u8.CopyTo(text[offset..]);
            return;
        }

        text.Slice(offset, length).Fill((byte)'?');
    }

    static (int Offset, int Length, string What)? InvalidUtf8(ReadOnlySpan<byte> text, int from)
    {
        if (Utf8.IsValid(text[from..]))
        {
            return null;
        }

        Span<char> scratch = stackalloc char[512];
        var at = from;
        while (at < text.Length)
        {
            var status = Utf8.ToUtf16(text[at..], scratch, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            at += read;
            if (status == OperationStatus.InvalidData)
            {
                Rune.DecodeFromUtf8(text[at..], out _, out var length);
                var bytes = string.Join(' ', text.Slice(at, Math.Max(1, length)).ToArray().Select(b => b.ToString("X2", CultureInfo.InvariantCulture)));
                return (at, Math.Max(1, length), $"bytes {bytes} that are not UTF-8");
            }

            if (status == OperationStatus.Done)
            {
                break;
            }
        }

        return null;
    }

    static (int Offset, int Length, string What)? LoneSurrogateEscape(ReadOnlySpan<byte> text, int from, int before)
    {
        var i = from;
        while (i < before)
        {
            var slash = text[i..before].IndexOf((byte)'\\');
            if (slash < 0)
            {
                return null;
            }

            i += slash;
            if (Escaped(text, i) is not { } unit)
            {
                i += 2;
                continue;
            }

            if (char.IsHighSurrogate(unit) && Escaped(text, i + 6) is { } low && char.IsLowSurrogate(low))
            {
                i += 12;
                continue;
            }

            if (char.IsSurrogate(unit))
            {
                return (i, 6, string.Create(CultureInfo.InvariantCulture, $"the escape \\u{(int)unit:x4}, half of a surrogate pair"));
            }

            i += 6;
        }

        return null;
    }

    /// <summary>The UTF-16 unit of a `\uXXXX` escape starting at <paramref name="at"/>, or null.</summary>
    static char? Escaped(ReadOnlySpan<byte> text, int at) =>
        at + 6 <= text.Length && text[at] == (byte)'\\' && text[at + 1] == (byte)'u'
        && int.TryParse(text.Slice(at + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)
            ? (char)value
            : null;
}
