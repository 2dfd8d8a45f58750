using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Import;

/// <summary>
/// What the importers accept (JE0140-JE0149): regular files only; a row (a jsonl or qrels line, a CSV record) of at most
/// <see cref="MaxRowBytes"/>; whole-file JSON formats of at most <see cref="MaxWholeFileBytes"/>; text that is valid
/// Unicode. Line formats stream, so their files may be of any size.
/// </summary>
public static class DataLimits
{
    /// <summary>16 MiB per row: far above any item's text, far below what would exhaust memory.</summary>
    public const int MaxRowBytes = 16 << 20;

    /// <summary>256 MiB for the formats that are one JSON document (rag-eval-external, rag-eval-within-corpus, llmbar).</summary>
    public const long MaxWholeFileBytes = 256L << 20;

    public static readonly DiagnosticDescriptor NotRegularFile = new(
        "JE0140", "Data file is not a regular file", Severity.Error,
        "A path in the manifest names a named pipe (FIFO), a device such as /dev/zero or /dev/urandom, or a folder, directly or through a symbolic link. judgeeval reads only regular files: a pipe would block the build forever and a device never ends.",
        "Point the path at the data file itself (a copy, if the data come from a pipe).");

    public static readonly DiagnosticDescriptor RowTooLong = new(
        "JE0141", "Row too long", Severity.Error,
        "A row (a jsonl or qrels line, a CSV record) is longer than 16 MiB (16,777,216 bytes; characters in a CSV file). It is skipped without being held in memory; the other rows are read. In a CSV file this is often a quoted field that is never closed.",
        "Fix the row at the reported line: put one record per line, close the quote, or shorten the text.");

    public static readonly DiagnosticDescriptor FileTooLarge = new(
        "JE0142", "Data file too large for its format", Severity.Error,
        "The rag-eval-external, rag-eval-within-corpus and llmbar formats are single JSON documents, read whole; such a file may have at most 256 MiB (268,435,456 bytes). jsonl, csv and trec-qrels stream and have no size limit.",
        "Convert the data to jsonl (one JSON object per line, columns in docs/manifest.md, Formats), or split it into several sources.");

    public static readonly DiagnosticDescriptor InvalidText = new(
        "JE0143", "Text is not valid Unicode", Severity.Error,
        "A row holds bytes that are not valid UTF-8, or a JSON string escape of half a surrogate pair (such as \"\\ud800\"), so its text cannot be read without changing it. The row is skipped; the other rows are read.",
        "Re-export the file as UTF-8, or fix the text at the reported row.");

    /// <summary>The row limit as a message would write it.</summary>
    public static string RowLimit => IO.InputFile.Size(MaxRowBytes);
}
