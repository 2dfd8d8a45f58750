using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Import;

/// <summary>
/// Problems reading another eval tool's results (formats meai, promptfoo, inspect; JE0110-JE0119). Malformed JSON,
/// wrong structure and unknown keys use the general import codes (JE0053, JE0054, JE0061).
/// </summary>
public static class PeerDiagnostics
{
    public static readonly DiagnosticDescriptor Ambiguous = new(
        "JE0110", "Several metrics or graders in the results", Severity.Error,
        "The results hold more than one model-graded metric, or more than one grader model for the metric, and the source does not say which one this judge is. A judge is one grader on one metric.",
        "Add `metric` (the metric, scorer or assertion name) and `key` (the grader model as the tool wrote it) to the source; the message lists what the results hold.");

    public static readonly DiagnosticDescriptor MetricNotFound = new(
        "JE0111", "Metric not in the results", Severity.Error,
        "The source's `metric` names no model-graded metric in the results, so the judge would have no judgments.",
        "Use one of the metrics the message lists (names are case-sensitive), or remove `metric` when the results hold one.");

    public static readonly DiagnosticDescriptor NothingModelGraded = new(
        "JE0112", "No model-graded results", Severity.Error,
        "The results hold no verdict of a grader model: no MEAI metric with an `eval-model`, no promptfoo model-graded assertion (llm-rubric and kin), no Inspect scorer that called a model. Deterministic checks (exact match, BLEU, contains) are not judges.",
        "Point the source at results that include a model-graded metric, or read these judgments from another file.");

    public static readonly DiagnosticDescriptor NoWholeGrade = new(
        "JE0113", "Grade has no whole-number value", Severity.Error,
        "A recorded grade does not map onto the task's whole-number grades: an Inspect partial-credit `P` without `partialCredit: true`, or a promptfoo score that is not a whole number with `grade: score`. The judgment is kept as missing; it is never rounded.",
        "For Inspect set `partialCredit: true` (I = 0, P = 1, C = 2; scale 0-2). For promptfoo use `grade: pass` (pass = 1, fail = 0) unless the rubric asks for whole-number scores.");

    public static readonly DiagnosticDescriptor NotAResultStore = new(
        "JE0114", "Not a result store", Severity.Error,
        "An `meai` source's path must be the storage root of a Microsoft.Extensions.AI.Evaluation disk result store: the folder given to DiskBasedReportingConfiguration.Create, holding `results/<execution>/<scenario>/<iteration>.json`.",
        "Point `path` at the storage root (the folder that contains `results`), not at `results` or an execution folder.");

    public static readonly DiagnosticDescriptor ExecutionNotFound = new(
        "JE0115", "Execution not in the result store", Severity.Error,
        "The source's `execution` names no execution folder under the store's `results`.",
        "Use one of the executions the message lists, or remove `execution` to read the most recent one.");

    public static readonly DiagnosticDescriptor NotInspectJson = new(
        "JE0116", "Inspect log is not JSON", Severity.Error,
        "The file is an Inspect `.eval` log (a zip archive); the `inspect` format reads Inspect's JSON log format.",
        "Convert the log with `inspect log convert --to json --output-dir <folder> <log.eval>`, or run Inspect with `--log-format json`.");
}
