using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Import;

/// <summary>Problems found while reading a data file (JE0050-JE0069); each points at the row, or the manifest node.</summary>
public static class ImportDiagnostics
{
    public static readonly DiagnosticDescriptor UnknownFormat = new(
        "JE0050", "Unknown data format", Severity.Error,
        "The source's `format` names no importer.",
        "Use one of: jsonl, csv, trec-qrels, rag-eval-external, rag-eval-within-corpus, llmbar, meai, promptfoo, inspect (see docs/manifest.md, Formats).");

    public static readonly DiagnosticDescriptor FileNotFound = new(
        "JE0051", "Data file not found", Severity.Error,
        "The file named by `path` (or by an option such as `modelIds`) does not exist. Relative paths resolve against the manifest's folder.",
        "Fix the path, or add the file.");

    public static readonly DiagnosticDescriptor FileUnreadable = new(
        "JE0052", "Data file cannot be read", Severity.Error,
        "The file exists but could not be read (permissions, a lock, or an I/O error).",
        "Check that the file is readable by the build and not locked by another process.");

    public static readonly DiagnosticDescriptor MalformedJson = new(
        "JE0053", "Malformed JSON", Severity.Error,
        "The file (or, for jsonl, the line) is not valid JSON; the location is where the parser stopped.",
        "Fix the JSON at the reported line and column. jsonl needs one complete JSON object per line.");

    public static readonly DiagnosticDescriptor WrongShape = new(
        "JE0054", "Unexpected structure", Severity.Error,
        "The JSON parses but does not have the structure the format expects (e.g. an object where an array belongs, a missing top-level field, arrays of different lengths).",
        "Check that `format` matches the file; the expected structure of each format is in docs/manifest.md, Formats.");

    public static readonly DiagnosticDescriptor MissingId = new(
        "JE0055", "Row without an id", Severity.Error,
        "A row has no item id (empty, null or absent), so it cannot be joined with items, labels or judgments. The row is skipped.",
        "Give every row its item id.");

    public static readonly DiagnosticDescriptor UnparseableScore = new(
        "JE0056", "Score is not a number or verdict", Severity.Warning,
        "A judgment's score is neither a number nor (pairwise) a verdict first/second/tie or 1/2. It is kept as a missing judgment, which lowers the judge's coverage; it is never guessed.",
        "Write the grade as a number (pairwise: first, second, tie, 1 or 2); keep the judge's raw answer in `raw`.");

    public static readonly DiagnosticDescriptor BadValue = new(
        "JE0057", "Invalid value", Severity.Error,
        "A field has a value of the wrong kind: a non-numeric human label, a rank or sample that is not a whole number, an order other than original/swapped, a date that is not yyyy-MM-dd.",
        "Fix the value; the expected kinds of each field are in docs/manifest.md, Formats.");

    public static readonly DiagnosticDescriptor WrongFieldCount = new(
        "JE0058", "Wrong number of fields", Severity.Error,
        "A CSV row has a different number of fields than the header, or a qrels line is not `qid 0 docid rel`. The row is skipped.",
        "Quote CSV fields that contain the delimiter, quotes or line breaks (RFC 4180), or set `delimiter`.");

    public static readonly DiagnosticDescriptor UnknownColumn = new(
        "JE0059", "Unknown column", Severity.Warning,
        "A column (CSV header or jsonl property) is not part of the format and is ignored; often a typo of a known name.",
        "Rename it to one of the documented names (id, query, queryId, text, model, textB, modelB, rank, tags, label, annotator, labeledOn, score, verdict, order, sample, judge, reason, raw) or remove it.");

    public static readonly DiagnosticDescriptor RoleNotProvided = new(
        "JE0060", "Format has no such data", Severity.Error,
        "The source is used for a role its format does not carry (e.g. trec-qrels as items, a dataset.json without results as judgments).",
        "Use a file of a format that carries this role; see the table in docs/manifest.md, Formats.");

    public static readonly DiagnosticDescriptor KeyNotFound = new(
        "JE0061", "Judge key not in the file", Severity.Error,
        "The `key` names no judge inside the file, so the judge would have no judgments.",
        "Use one of the keys the message lists (copy it exactly, including spaces and parentheses).");

    public static readonly DiagnosticDescriptor ModelIdsMismatch = new(
        "JE0062", "Model ids do not match the items", Severity.Warning,
        "A row of the `modelIds` file does not fit the items (an index with no item, a repeated row, a label that differs from the item's), or items have no row. Models of unmatched items stay unknown, which weakens the self-preference audit.",
        "Regenerate the model-ids file from the same dataset version, or fix the reported rows.");

    public static readonly DiagnosticDescriptor BadOption = new(
        "JE0063", "Invalid format option", Severity.Error,
        "An option of the source has a value the format cannot use (e.g. a delimiter that is not one character, a `key` on a single-judge format).",
        "Fix or remove the option; the options of each format are in docs/manifest.md, Formats.");

    public static readonly DiagnosticDescriptor TaskKindMismatch = new(
        "JE0064", "Format does not fit the task kind", Severity.Error,
        "The format holds pointwise grades but the task is pairwise, or the reverse.",
        "Set `task.kind` to match the data (llmbar is pairwise; trec-qrels and rag-eval-* are pointwise).");

    public static readonly DiagnosticDescriptor MissingColumn = new(
        "JE0065", "Required column missing", Severity.Error,
        "The CSV header lacks a column the role needs: `id` always, `label` for human labels, `score` or `verdict` for judgments; modelIds files need subset, index, model_output_1 and model_output_2.",
        "Add the column to the header (names are case-sensitive).");

    public static readonly DiagnosticDescriptor DuplicateOrder = new(
        "JE0066", "Same order judged twice", Severity.Error,
        "A pairwise judge has two rows for the same item, sample and order; which one counts is ambiguous. The later row is skipped.",
        "Keep one row per item and order, or number repeated runs with `sample`.");

    public static readonly DiagnosticDescriptor MissingLabel = new(
        "JE0067", "Row without a label", Severity.Warning,
        "A row read as a human label has no label value; it gives no label for its item.",
        "Fill in the label, or drop the row from the label source.");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        UnknownFormat, FileNotFound, FileUnreadable, MalformedJson, WrongShape, MissingId, UnparseableScore, BadValue,
        WrongFieldCount, UnknownColumn, RoleNotProvided, KeyNotFound, ModelIdsMismatch, BadOption, TaskKindMismatch,
        MissingColumn, DuplicateOrder, MissingLabel,
    ];
}
