using JudgeEval.Engine.Audit;
using JudgeEval.Engine.Catalog;
using JudgeEval.Engine.Cli;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Pipeline;

/// <summary>
/// The results of a run whose input could not be used: outcome `unusable`, the findings that say why, the manifest as
/// far as it was read, and no statistics. Written like any other results, so that no earlier run's results.json or
/// report survives to be read as this run's.
/// </summary>
public static class UnusableRun
{
    public static EvalResults Results(RunArguments args, RunOutcome outcome) => new()
    {
        Tool = ToolInfo.Of(ModelCatalog.BuiltIn.Version),
        Manifest = outcome.Manifest is { } m
            ? Analyzer.Describe(args.Manifest, m, ModelCatalog.BuiltIn)
            : new ManifestInfo(args.Manifest, null, null, null, EvalPurpose.Quality),
        Task = null,
        Items = new ItemSummary(0, 0, 0),
        Verdict = Verdicts.Unusable(outcome.Diagnostics),
        Thresholds = outcome.Manifest is { } t ? ThresholdValues.Of(t.Thresholds) : null,
        Findings = [.. outcome.Diagnostics.Select(d => Finding.From(d, args.HelpBase))],
    };
}
