using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Import;

/// <summary>
/// Turns a peer tool's model-graded verdicts into judges: one metric (the `metric` option, or the only one) and, under
/// each grader model as judge key, its judgments. Keeps every grader of the chosen metric unless `key` names one, so
/// the pipeline's key selection works as for any multi-judge file.
/// </summary>
static class PeerSelection
{
    public static void AddJudgments(ImportContext context, IReadOnlyList<PeerVerdict> verdicts, string what)
    {
        if (verdicts.Count == 0)
        {
            context.Report(PeerDiagnostics.NothingModelGraded, $"The {what} hold no model-graded verdict.", context.Source.DeclaredAt);
            return;
        }

        var metrics = verdicts.Select(v => v.Metric).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var metric = context.Source.Option("metric");
        if (metric is not null && !metrics.Contains(metric, StringComparer.Ordinal))
        {
            context.Report(PeerDiagnostics.MetricNotFound, $"No model-graded metric '{metric}' in the {what}; they have: {Quote(metrics)}.", context.Source.OptionAt("metric"));
            return;
        }

        if (metric is null && metrics.Count > 1)
        {
            context.Report(PeerDiagnostics.Ambiguous, $"The {what} hold several model-graded metrics: {Quote(metrics)}. Name one with `metric`.", context.Source.DeclaredAt);
            return;
        }

        metric ??= metrics[0];
        var ofMetric = verdicts.Where(v => v.Metric == metric).ToList();
        var graders = ofMetric.Select(v => v.Grader).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (context.Key is { } key && !graders.Contains(key, StringComparer.Ordinal))
        {
            context.Report(ImportDiagnostics.KeyNotFound, $"No grader '{key}' on metric '{metric}' in the {what}; the graders are: {Quote(graders)}.", context.Source.OptionAt("key"));
            return;
        }

        if (context.Key is null && graders.Count > 1)
        {
            context.Report(PeerDiagnostics.Ambiguous, $"Metric '{metric}' has several graders in the {what}: {Quote(graders)}. Name one with `key`.", context.Source.DeclaredAt);
            return;
        }

        foreach (var verdict in ofMetric.Where(v => context.WantsKey(v.Grader)))
        {
            context.AddJudgment(verdict.Grader, verdict.Read());
        }
    }

    static string Quote(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"\"{n}\""));
}
