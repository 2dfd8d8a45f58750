using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Manifest;

/// <summary>Problems in the manifest itself (JE0001-JE0039); each points at the node to fix.</summary>
public static class ManifestDiagnostics
{
    public static readonly DiagnosticDescriptor Unreadable = new(
        "JE0001", "Manifest unreadable", Severity.Error,
        "The manifest file could not be read (missing, locked, or not permitted).",
        "Check the path given to judgeeval (JudgeEvalManifest under MSBuild) and the file's permissions.");

    public static readonly DiagnosticDescriptor MalformedYaml = new(
        "JE0002", "Malformed YAML", Severity.Error,
        "The YAML parser stopped at the reported position (bad indentation, an unclosed quote or bracket, a tab used for indentation).",
        "Fix the YAML at the reported line and column; an editor with the JSON Schema (see docs/manifest.md) highlights it as you type.");

    public static readonly DiagnosticDescriptor Empty = new(
        "JE0003", "Empty manifest", Severity.Error,
        "The manifest has no content (only comments or whitespace).",
        "Start from one of the samples (samples/*/judgeeval.yaml) or the example in docs/manifest.md.");

    public static readonly DiagnosticDescriptor UnsupportedVersion = new(
        "JE0004", "Unsupported manifest version", Severity.Error,
        "`version` is not 1, the only manifest version this judgeeval understands.",
        "Write `version: 1`, or update judgeeval if the manifest was written for a newer one.");

    public static readonly DiagnosticDescriptor UnknownKey = new(
        "JE0005", "Unknown key", Severity.Error,
        "A key that the manifest format does not define; misspelled keys would otherwise be silently ignored.",
        "Use the suggested key, or remove it. Keys are camelCase and case-sensitive.");

    public static readonly DiagnosticDescriptor MissingKey = new(
        "JE0006", "Missing required key", Severity.Error,
        "A required key is absent or has no value.",
        "Add the key named in the message; docs/manifest.md shows each section with its required keys.");

    public static readonly DiagnosticDescriptor DuplicateKey = new(
        "JE0007", "Duplicate key", Severity.Error,
        "The same key appears twice in one mapping; which value counts would be ambiguous.",
        "Keep one of the two entries.");

    public static readonly DiagnosticDescriptor WrongType = new(
        "JE0008", "Wrong type", Severity.Error,
        "A value has the wrong shape: a mapping where a list or a single value is expected, text where a number is expected, and so on.",
        "Write the value in the shape the message names (numbers and true/false unquoted).");

    public static readonly DiagnosticDescriptor BadValue = new(
        "JE0009", "Bad value", Severity.Error,
        "A value has the right type but is not allowed: out of range, not one of the choices, or inconsistent with another setting.",
        "Use a value within the range or choices the message gives.");

    public static readonly DiagnosticDescriptor DuplicateId = new(
        "JE0010", "Duplicate id", Severity.Error,
        "Two judges, ensembles, endpoints or catalog models share an id. Judges and ensembles share one namespace because findings name them by id.",
        "Give each one a unique id.");

    public static readonly DiagnosticDescriptor InvalidId = new(
        "JE0011", "Invalid id", Severity.Error,
        "An id contains characters other than letters, digits, `_`, `.` and `-`; ids appear in MSBuild messages, file names and SARIF.",
        "Use only [A-Za-z0-9_.-] in ids; put a free-form label in `name`.");

    public static readonly DiagnosticDescriptor UnknownJudge = new(
        "JE0012", "Unknown judge", Severity.Error,
        "An ensemble member or `routing.first` names a judge id that no judge has.",
        "Use the id of a judge declared under `judges` (the suggestion is the closest one).");

    public static readonly DiagnosticDescriptor UnknownEnsemble = new(
        "JE0013", "Unknown ensemble", Severity.Error,
        "`routing.ensemble` names an ensemble id that no ensemble has.",
        "Use the id of an ensemble declared under `ensembles`.");

    public static readonly DiagnosticDescriptor UnknownEndpoint = new(
        "JE0014", "Unknown endpoint", Severity.Error,
        "A judge's `endpoint` names an endpoint id that is not declared under `endpoints`.",
        "Declare the endpoint under `endpoints`, or fix the id.");

    public static readonly DiagnosticDescriptor JudgeWithoutSource = new(
        "JE0015", "Judge without judgments or endpoint", Severity.Error,
        "A judge needs recorded `judgments` or a live `endpoint`; it has neither, so it would have no verdicts.",
        "Add `judgments: { path: ..., format: ... }` or `endpoint: <id>` to the judge.");

    public static readonly DiagnosticDescriptor UnknownFormat = new(
        "JE0016", "Unknown data format", Severity.Error,
        "A source's `format` is not one of the importers: jsonl, csv, trec-qrels, rag-eval-external, rag-eval-within-corpus, llmbar.",
        "Use one of the listed formats (see the Formats table in docs/manifest.md), or convert the data to jsonl.");

    public static readonly DiagnosticDescriptor FormatOption = new(
        "JE0017", "Option not supported by the format", Severity.Error,
        "A source has an option its format does not read (e.g. `delimiter` on jsonl), or lacks one the format needs (e.g. `key` for rag-eval-external judgments).",
        "Use only the options the Formats table lists for that format.");

    public static readonly DiagnosticDescriptor FormatRole = new(
        "JE0018", "Format cannot provide this data", Severity.Error,
        "The format has no importer for this role, e.g. trec-qrels files hold only human labels, not items or judgments.",
        "Use a format that carries the data (see the Formats table in docs/manifest.md).");

    public static readonly DiagnosticDescriptor FileNotFound = new(
        "JE0019", "Referenced file not found", Severity.Error,
        "A data file, model-id file or prompt template named in the manifest does not exist. Relative paths resolve against the manifest's folder.",
        "Fix the path (relative to the manifest's folder), or create the file.");

    public static readonly DiagnosticDescriptor LiteralSecret = new(
        "JE0020", "Secret written in the manifest", Severity.Error,
        "`apiKeyEnv` must be the NAME of an environment variable, and no other string of an endpoint may carry a credential: header names and values, `organization`, the id, and the `baseUrl`'s user-info (`http://user:key@host`) and query string (`?api-key=...`). The value looks like a key; the message never repeats it (URLs are shown with user-info and query values as ***). Manifests are committed and logged, so a key in one is leaked.",
        "Revoke the key, put it in an environment variable (e.g. OPENAI_API_KEY) and write that variable's name in `apiKeyEnv`.");

    public static readonly DiagnosticDescriptor Inconsistent = new(
        "JE0021", "Inconsistent settings", Severity.Error,
        "Two settings contradict each other or one only applies with another: a scale on a pairwise task, custom weights without `weighting: custom`, live judge options without an endpoint, a weighted ensemble without human labels.",
        "Follow the message: remove the setting that does not apply or add the one it needs.");

    public static readonly DiagnosticDescriptor Suspicious = new(
        "JE0022", "Suspicious setting", Severity.Warning,
        "A setting is legal but probably not what was meant (e.g. kappaFail above kappaWarn, few bootstrap resamples, an option that is ignored).",
        "Check the value; silence the warning with NoWarn if it is intended.");

    public static readonly DiagnosticDescriptor MissingPrice = new(
        "JE0023", "No price for a routed model", Severity.Warning,
        "Routing costs are computed from `prices`, and a model used by the routing has none, so its cost counts as zero.",
        "Add the model under the top-level `prices:` (per million input/output tokens, or perCall).");

    public static readonly DiagnosticDescriptor UnknownOverride = new(
        "JE0024", "Unknown threshold override", Severity.Error,
        "A threshold override (MSBuild JudgeEval<Name> property or --threshold name=value) names no threshold.",
        "Use one of the threshold names of docs/manifest.md (kappaWarn, kappaFail, f1Min, ...).");

    public static readonly DiagnosticDescriptor BadOverride = new(
        "JE0025", "Bad threshold override", Severity.Error,
        "A threshold override's value is not a number (true/false for gateOnLowerBound) or is out of the threshold's range.",
        "Pass an invariant-culture number (0.75, not 0,75) within the range in the message.");
}
