using System.Globalization;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Judging;

/// <summary>What a live run tells the user at its end: per judge what gave no verdict, per endpoint its key, budget and usage.</summary>
internal static class LiveDiagnostics
{
    /// <summary>Reasons with their own diagnostic (offline, no key, budget) are left out of the per-judge summary.</summary>
    public static void ForJudge(PreparedJudge judge, List<Verdict> verdicts, List<Diagnostic> diagnostics)
    {
        var reasons = verdicts
            .Where(v => v.MissingReason is { } r && r is not (MissingReasons.Offline or MissingReasons.NoApiKey or MissingReasons.BudgetExhausted))
            .GroupBy(v => v.MissingReason!)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}: {g.Count()}")
            .ToList();
        if (reasons.Count > 0)
        {
            diagnostics.Add(JudgingDiagnostics.MissingVerdicts.Create(
                $"Judge '{judge.Settings.JudgeId}': {verdicts.Count(v => v.Value is null)} of {verdicts.Count} requests gave no verdict ({string.Join(", ", reasons)}).",
                judge.Settings.Location));
        }

        var offline = verdicts.Count(v => v.MissingReason == MissingReasons.Offline);
        if (offline > 0)
        {
            diagnostics.Add(JudgingDiagnostics.NotInCache.Create(
                $"Judge '{judge.Settings.JudgeId}': offline, {offline} of {verdicts.Count} requests are not in the cache and count as missing.", judge.Settings.Location));
        }
    }

    public static void ForEndpoint(EndpointSettings endpoint, List<UnitResult> mine, EndpointClient? client, bool offline, List<Diagnostic> diagnostics)
    {
        var noKey = mine.Count(r => r.Verdict.MissingReason == MissingReasons.NoApiKey);
        if (noKey > 0)
        {
            diagnostics.Add(JudgingDiagnostics.MissingApiKey.Create(
                $"Endpoint '{endpoint.Id}': environment variable '{endpoint.ApiKeyEnv}' is not set and {noKey} of {mine.Count} requests are not in the cache.",
                endpoint.Location));
        }

        var budget = mine.Count(r => r.Verdict.MissingReason == MissingReasons.BudgetExhausted);
        if (budget > 0)
        {
            diagnostics.Add(BudgetStop(endpoint, client, budget));
        }

        diagnostics.Add(JudgingDiagnostics.Summary.Create(string.Create(CultureInfo.InvariantCulture,
            $"Endpoint '{endpoint.Id}'{(offline ? " (offline)" : string.Empty)}: {mine.Count} requests, {client?.Calls ?? 0} calls, {mine.Count(r => r.FromCache)} from the cache, {client?.Retries ?? 0} retries, {client?.InputTokens ?? 0}+{client?.OutputTokens ?? 0} tokens, cost {client?.Cost ?? 0:0.####}."),
            endpoint.Location));
    }

    static Diagnostic BudgetStop(EndpointSettings endpoint, EndpointClient? client, int budget) =>
        endpoint.MaxCost is { } max && client is not null && client.Cost >= max
            ? JudgingDiagnostics.CostBudgetExhausted.Create(
                string.Create(CultureInfo.InvariantCulture, $"Endpoint '{endpoint.Id}': maxCost {endpoint.MaxCost} reached (spent {client.Cost:0.####}); {budget} requests count as missing."), endpoint.Location)
            : JudgingDiagnostics.RequestBudgetExhausted.Create(
                $"Endpoint '{endpoint.Id}': maxRequests {endpoint.MaxRequests} reached; {budget} requests count as missing.", endpoint.Location);

    public static Diagnostic CacheUnavailable(LiveAnswers answers) =>
        JudgingDiagnostics.CacheUnavailable.Create($"{answers.WriteFailures} answer(s) could not be stored under '{answers.Cache.Root}'.", null);
}
