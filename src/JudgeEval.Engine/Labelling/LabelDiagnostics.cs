using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Labelling;

/// <summary>Problems of `judgeeval label` (JE0080-JE0089): the labels file, the port, what there is to label.</summary>
public static class LabelDiagnostics
{
    public static readonly DiagnosticDescriptor LabelsFileUnusable = new(
        "JE0080", "Labels file unusable", Severity.Error,
        "`judgeeval label` cannot append to the labels file: it cannot be created or opened for appending, it is a folder, or it is a manifest source in a format other than jsonl. Nothing was labelled.",
        "Pass --labels with a writable .jsonl path (its folder must exist), or fix the permissions of the file the message names.");

    public static readonly DiagnosticDescriptor PortUnavailable = new(
        "JE0081", "Port unavailable", Severity.Error,
        "`judgeeval label` could not listen on 127.0.0.1 at the port given with --port: another program uses it, or the port is not permitted.",
        "Pass another --port, or leave it out to let the system pick a free one.");

    public static readonly DiagnosticDescriptor NothingToRankBy = new(
        "JE0082", "Nothing to rank the items by", Severity.Error,
        "`--take review` needs items on which two or more judges' recorded verdicts differ, and `--take stratified` needs recorded verdicts to stratify by; the manifest's data have none (one judge, judges that agree everywhere, or live judges without recorded judgments).",
        "Use `--take random`; for live judges, record their answers (`record:`) and point their `judgments:` at the recording.");

    public static readonly DiagnosticDescriptor LabelsNotInManifest = new(
        "JE0083", "Labels file not read by the manifest", Severity.Warning,
        "The labels are appended to a file that none of the manifest's `humanLabels` sources reads, so the next `judgeeval run` (and build) will not use them yet.",
        "Add the file to the manifest: `humanLabels: { path: labels.<annotator>.jsonl, format: jsonl }` (a list of sources when there are several).");
}
