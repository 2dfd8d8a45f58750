using System.Buffers.Text;
using System.Globalization;
using System.Text;
using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Import;

/// <summary>TREC relevance judgments: whitespace-separated `qid iteration docid rel` lines; human label of item `qid/docid`.</summary>
public sealed class TrecQrelsImporter : ISourceImporter
{
    public SourceFormat Format { get; } = new("trec-qrels", [DataRole.HumanLabels], []);

    public ImportResult Import(SourceSpec source, DataRole role, TaskKind kind)
    {
        var context = new ImportContext(source, role, kind);
        if (!context.Fits(Format, TaskKind.Pointwise))
        {
            return context.ToResult();
        }

        Span<Range> fields = stackalloc Range[5];
        using var lines = new ByteLineReader(source.Path);
        while (lines.TryReadLine(out var line))
        {
            if (RowLimits.Refused(lines, line, context, out var chars))
            {
                continue;
            }

            var text = line.Trim(" \t"u8);
            if (text.IsEmpty)
            {
                continue;
            }

            var count = Split(text, fields);
            var at = context.Line(lines.LineNumber, lines.LineNumber, chars);
            if (count != 4)
            {
                var found = count > 4 ? "more than 4" : count.ToString(CultureInfo.InvariantCulture);
                context.Report(ImportDiagnostics.WrongFieldCount, $"Line {lines.LineNumber} has {found} fields; a qrels line is `qid 0 docid rel`. It is skipped.", at);
                continue;
            }

            var rel = text[fields[3]];
            if (!Utf8Parser.TryParse(rel, out int grade, out var used) || used != rel.Length)
            {
                context.Report(ImportDiagnostics.BadValue, $"Relevance '{Encoding.UTF8.GetString(rel)}' on line {lines.LineNumber} is not a whole number; the line is skipped.", at);
                continue;
            }

            context.Labels.Add(new HumanLabel { ItemId = Id(text[fields[0]], text[fields[2]]), Score = grade, Source = at });
        }

        return context.ToResult();
    }

    /// <summary>Splits on runs of spaces and tabs; returns the field count (capped at the span's length).</summary>
    static int Split(ReadOnlySpan<byte> text, Span<Range> fields)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && text[i] is (byte)' ' or (byte)'\t')
            {
                i++;
            }

            if (i == text.Length)
            {
                break;
            }

            var start = i;
            while (i < text.Length && text[i] is not ((byte)' ' or (byte)'\t'))
            {
                i++;
            }

            if (count == fields.Length)
            {
                return count;
            }

            fields[count++] = new Range(start, i);
        }

        return count;
    }

    /// <summary>`qid/docid` decoded straight into one string.</summary>
    static string Id(ReadOnlySpan<byte> qid, ReadOnlySpan<byte> docid)
    {
        var length = Encoding.UTF8.GetCharCount(qid) + 1 + Encoding.UTF8.GetCharCount(docid);
        Span<char> chars = length <= 512 ? stackalloc char[length] : new char[length];
        var written = Encoding.UTF8.GetChars(qid, chars);
        chars[written++] = '/';
        Encoding.UTF8.GetChars(docid, chars[written..]);
        return new string(chars);
    }
}
