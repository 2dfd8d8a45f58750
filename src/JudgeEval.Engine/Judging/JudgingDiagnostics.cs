using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Judging;

/// <summary>Problems of live judging: endpoints, prompts, the cache and budgets (JE9000-JE9099).</summary>
public static class JudgingDiagnostics
{
    public static readonly DiagnosticDescriptor UnknownEndpoint = new(
        "JE9000", "Judge names an unknown endpoint", Severity.Error,
        "A live judge's `endpoint` is not the id of any entry under `endpoints`, so it cannot be called.",
        "Use the `id` of one of the `endpoints`, or add the endpoint.");

    public static readonly DiagnosticDescriptor MissingApiKey = new(
        "JE9001", "API key variable not set", Severity.Error,
        "The environment variable named by the endpoint's `apiKeyEnv` is not set (or empty) and the cache does not hold every verdict the run needs. The verdicts that could not be served count as missing.",
        "Set the variable in the environment of the build (never in the manifest or an MSBuild property), or run once with a key to fill the cache.");

    public static readonly DiagnosticDescriptor InvalidApiKeyEnv = new(
        "JE9002", "apiKeyEnv is not a variable name", Severity.Error,
        "`apiKeyEnv` must be the NAME of an environment variable (letters, digits, underscores). A value that looks like a literal key is refused, so a key never ends up in a manifest under version control.",
        "Put the key in an environment variable and write that variable's name in `apiKeyEnv`; rotate the key if it was committed.");

    public static readonly DiagnosticDescriptor InvalidEndpoint = new(
        "JE9003", "Invalid endpoint setting", Severity.Error,
        "An endpoint setting is unusable: the base URL is not an absolute http(s) URL, a limit is not positive, or an extra header is one that carries credentials.",
        "Give `baseUrl` as e.g. https://api.openai.com/v1, positive `concurrency`, limits and timeout, and keep credentials out of `headers` (use `apiKeyEnv`).");

    public static readonly DiagnosticDescriptor UnknownPrompt = new(
        "JE9010", "Prompt not found", Severity.Error,
        "The judge's `prompt` is neither a built-in rubric (relevance, quality, safety, pairwise) nor an existing template file.",
        "Use a built-in name, or a path (relative to the manifest) of a template file.");

    public static readonly DiagnosticDescriptor UnknownPlaceholder = new(
        "JE9011", "Unknown placeholder in prompt template", Severity.Error,
        "The template uses a `{{name}}` that is not one of {{query}}, {{text}}, {{textA}}, {{textB}}, {{scaleMin}}, {{scaleMax}}; it would reach the judge unfilled.",
        "Fix the placeholder's spelling, or remove it.");

    public static readonly DiagnosticDescriptor PromptDoesNotFitTask = new(
        "JE9012", "Prompt does not fit the task", Severity.Error,
        "A pointwise task needs a template with {{text}} and without {{textA}}/{{textB}}; a pairwise task needs {{textA}} and {{textB}}. Otherwise the judge would not see what it grades.",
        "Use `prompt: pairwise` (or a template with {{textA}} and {{textB}}) for pairwise tasks, and a pointwise rubric for pointwise tasks.");

    public static readonly DiagnosticDescriptor InvalidJudgeSetting = new(
        "JE9013", "Invalid live judge setting", Severity.Error,
        "A live judge setting is out of range: `samples` must be at least 1, `temperature` between 0 and 2, and `model` must be given.",
        "Correct the value in the judge's entry.");

    public static readonly DiagnosticDescriptor MissingVerdicts = new(
        "JE9020", "Live verdicts missing", Severity.Warning,
        "Some calls did not yield a verdict (unparseable or ambiguous answer, refusal, HTTP error after retries, timeout, item without the text the prompt needs). Missing verdicts are never guessed; they lower the judge's coverage.",
        "Look at the reasons and raw answers in the recorded judgments; fix the prompt or the endpoint, then run again (answers already received come from the cache).");

    public static readonly DiagnosticDescriptor NotInCache = new(
        "JE9021", "Offline: verdicts not in the cache", Severity.Warning,
        "The run is offline (cache only) and the cache does not hold every request; the others count as missing.",
        "Run once online with the key set to fill the cache, or point `cache.path` at a filled cache.");

    public static readonly DiagnosticDescriptor RequestBudgetExhausted = new(
        "JE9022", "Request budget exhausted", Severity.Warning,
        "The endpoint's `maxRequests` was reached; the remaining verdicts count as missing with reason \"budget exhausted\". Answers received so far are cached, so a later run resumes where this one stopped.",
        "Raise `maxRequests`, or run again later to continue from the cache.");

    public static readonly DiagnosticDescriptor CostBudgetExhausted = new(
        "JE9023", "Cost budget exhausted", Severity.Warning,
        "The endpoint's `maxCost` was reached (from the token usage the endpoint reported and the model's `prices`); the remaining verdicts count as missing with reason \"budget exhausted\". Calls already in flight when the budget ran out may overshoot it slightly.",
        "Raise `maxCost`, use a cheaper model, or run again to continue from the cache.");

    public static readonly DiagnosticDescriptor NoPrice = new(
        "JE9024", "No price for the model", Severity.Warning,
        "The endpoint has a `maxCost` but no `prices` entry for the judge's model, so its cost cannot be counted or bounded.",
        "Add the model under the endpoint's `prices` (per million input and output tokens).");

    public static readonly DiagnosticDescriptor RecordFailed = new(
        "JE9025", "Could not write the recorded judgments", Severity.Error,
        "The judge's `record` file could not be written (a missing permission, an invalid path).",
        "Point `record` at a writable path.");

    public static readonly DiagnosticDescriptor CacheUnavailable = new(
        "JE9026", "Cache not writable", Severity.Warning,
        "An answer could not be stored in the cache folder, so a later run would pay for it again.",
        "Point `cache.path` at a writable folder.");

    public static readonly DiagnosticDescriptor Summary = new(
        "JE9030", "Live judging summary", Severity.Info,
        "How many calls were made, served from the cache and retried, with the tokens and cost, per endpoint.",
        "Nothing to fix; informational.");

    /// <summary>The codes of an incomplete live run: with no error, they make the verdict inconclusive instead of pass.</summary>
    public static IReadOnlyCollection<string> IncompleteCodes { get; } =
        [NotInCache.Code, RequestBudgetExhausted.Code, CostBudgetExhausted.Code, MissingVerdicts.Code, CacheUnavailable.Code];
}
