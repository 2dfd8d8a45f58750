using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.History;

/// <summary>The run history file (`history:` in the manifest), JE0100-JE0103.</summary>
public static class HistoryDiagnostics
{
    public static readonly DiagnosticDescriptor PathIsInput = new(
        "JE0100", "Bad history path", Severity.Error,
        "`history.path` names the manifest, a data file the run reads, or a folder. Every run appends a record to the history file, so it must be a file of its own.",
        "Point `history.path` at a file of its own, for example `.judgeeval/history.jsonl` beside the manifest.");

    public static readonly DiagnosticDescriptor BadRecord = new(
        "JE0101", "Unreadable history record", Severity.Warning,
        "A line of the history file is not a record judgeeval wrote (a merge conflict, a hand edit, a cut-off line); it is skipped, so the trend and the drop check go without it.",
        "Fix or delete the line; after a merge conflict keep both sides' lines, in date order.");

    public static readonly DiagnosticDescriptor NotReadable = new(
        "JE0102", "History not readable", Severity.Warning,
        "The history file exists but could not be read, so this run is not compared with the earlier ones (JE2050) and the report draws no trend.",
        "Check the file's permissions, and that no other process holds it open exclusively.");

    public static readonly DiagnosticDescriptor NotRecorded = new(
        "JE0103", "History not recorded", Severity.Warning,
        "This run's record could not be appended to the history file (not writable, or held by another build for longer than the wait).",
        "Check that the history file and its folder are writable; the run's results are in results.json either way.");
}
