using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Data;

/// <summary>Problems found when items, labels and judgments are joined (JE0070-JE0079).</summary>
public static class DataDiagnostics
{
    public static readonly DiagnosticDescriptor NoItems = new(
        "JE0070", "No items", Severity.Error,
        "The item source contains no items, so there is nothing to audit.",
        "Point `items` at a file with at least one item, or check the format and its options.");

    public static readonly DiagnosticDescriptor DuplicateItemId = new(
        "JE0071", "Duplicate item id", Severity.Error,
        "Two items share an id; judgments and labels join on ids, so the join would be ambiguous.",
        "Make item ids unique (e.g. prefix them with the query id).");

    public static readonly DiagnosticDescriptor UnknownItemId = new(
        "JE0072", "Judged id not among the items", Severity.Error,
        "A judgment names an item id that no item has; it cannot be joined. (Human labels for other ids are ignored: label sets such as TREC qrels cover more than one eval.)",
        "Fix the id in the data, or add the missing item to the item source.");

    public static readonly DiagnosticDescriptor ScoreOutsideScale = new(
        "JE0073", "Score outside the scale", Severity.Error,
        "A grade is not one of the scale's values (pointwise: an integer from scale.min to scale.max; pairwise: first, second or tie).",
        "Fix the value in the data, or widen `task.scale` if the scale really is larger.");

    public static readonly DiagnosticDescriptor DuplicateVerdict = new(
        "JE0074", "Duplicate verdict", Severity.Error,
        "The same judge (or the human labels) gives two verdicts for one item and sample; which one counts is ambiguous.",
        "Keep one verdict per item, or number repeated runs with `sample`.");

    public static readonly DiagnosticDescriptor NoJudgments = new(
        "JE0075", "Judge without judgments", Severity.Error,
        "A judge's judgment source yields no judgments (a wrong `key`, an empty file, or a different item id scheme).",
        "Check the `key` (the judge's name inside the file) and that the file's ids match the items.");

    public static readonly DiagnosticDescriptor NoLabels = new(
        "JE0076", "No human labels", Severity.Error,
        "The manifest declares `humanLabels` but no item got a usable label, so no judge can be calibrated and the run is unusable (exit code 2). The message says why, once: rows without a `label` value (often the label column under another name, which the JE0059 warnings name), label ids that match no item id, or an empty source.",
        "Name the label column `label`, make the label ids the item ids, or remove `humanLabels` for an inter-judge-only audit.");

    public static readonly DiagnosticDescriptor TooManyProblems = new(
        "JE0077", "More problems of the same kind", Severity.Warning,
        "The same problem occurs many times in one source; the first occurrences are reported individually and this one finding counts the rest. It takes the severity of the problems it summarises: a warning after warnings (so `<NoWarn>` silences it, like them), an error after errors. When the problems leave a whole source unusable (no human label, no valid verdict), a separate error says so.",
        "Fix the reported occurrences; the data probably use a different convention throughout.");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        [NoItems, DuplicateItemId, UnknownItemId, ScoreOutsideScale, DuplicateVerdict, NoJudgments, NoLabels, TooManyProblems];
}
