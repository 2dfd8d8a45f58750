using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Judging;

/// <summary>
/// Turns a settled run into its outcome: judgments per judge (recorded where the judge asks), the end-of-run
/// diagnostics, redacted, and the counters.
/// </summary>
internal static class LiveOutcomeAssembler
{
    public static LiveJudgingOutcome Assemble(LiveRun run, IReadOnlyList<PreparedJudge> judges, List<Diagnostic> diagnostics)
    {
        var settled = run.Units.Zip(run.Results, (unit, result) => (Unit: unit, Result: result)).ToList();
        var byJudge = new Dictionary<string, IReadOnlyList<Judgment>>(StringComparer.Ordinal);
        foreach (var judge in judges)
        {
            var mine = settled.Where(s => s.Unit.Judge == judge).ToList();
            var judgments = LiveJudgments.Of(run.Request.Items, mine);
            byJudge[judge.Settings.JudgeId] = judgments;
            LiveDiagnostics.ForJudge(judge, [.. mine.Select(s => s.Result.Verdict)], diagnostics);
            Record(run, judge, judgments, diagnostics);
        }

        foreach (var endpoint in judges.Select(j => j.Endpoint).DistinctBy(e => e.Id))
        {
            var mine = settled.Where(s => s.Unit.Judge.Endpoint.Id == endpoint.Id).Select(s => s.Result).ToList();
            LiveDiagnostics.ForEndpoint(endpoint, mine, run.Clients.GetValueOrDefault(endpoint.Id), run.Request.Cache.Offline, diagnostics);
            BatchDiagnostics.ForEndpoint(endpoint, run.Batches, run.Ledger.Folder, diagnostics);
        }

        if (run.Answers.WriteFailures > 0)
        {
            diagnostics.Add(LiveDiagnostics.CacheUnavailable(run.Answers));
        }

        return new LiveJudgingOutcome
        {
            Judgments = byJudge,
            Diagnostics = [.. diagnostics.Select(d => d with { Message = run.Answers.Redactor.Redact(d.Message)! })],
            Counters = Counters(run),
            Complete = run.Results.All(r => r.Answered) && diagnostics.All(d => d.Severity != Severity.Error),
        };
    }

    static void Record(LiveRun run, PreparedJudge judge, List<Judgment> judgments, List<Diagnostic> diagnostics)
    {
        if (judge.Settings.RecordPath is not { } record)
        {
            return;
        }

        var request = run.Request;
        try
        {
            var jsonl = JudgmentRecorder.ToJsonl(judge.Settings.JudgeId, request.Task, judgments);
            JudgmentRecorder.Write(Path.Combine(request.BaseDirectory, record), run.Answers.Redactor.Redact(jsonl)!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            diagnostics.Add(JudgingDiagnostics.RecordFailed.Create($"Judge '{judge.Settings.JudgeId}': could not write '{record}' ({e.GetType().Name}).", judge.Settings.Location));
        }
    }

    static JudgingCounters Counters(LiveRun run)
    {
        var clients = run.Clients.Values;
        return new JudgingCounters
        {
            Requests = run.Units.Count,
            Calls = clients.Sum(c => c.Calls),
            CacheHits = run.Results.Count(r => r.FromCache),
            Retries = clients.Sum(c => c.Retries),
            InputTokens = clients.Sum(c => c.InputTokens),
            OutputTokens = clients.Sum(c => c.OutputTokens),
            Cost = clients.Sum(c => c.Cost),
            Missing = run.Results.Count(r => r.Verdict.Value is null),
        };
    }
}
