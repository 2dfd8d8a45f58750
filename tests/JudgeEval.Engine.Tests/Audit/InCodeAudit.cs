using JudgeEval.Engine.Audit;
using JudgeEval.Engine.Catalog;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Statistics.Agreement;

namespace JudgeEval.Engine.Tests.Audit;

/// <summary>
/// An audit context built in code, with no file on disk: a pointwise 0..3 manifest whose judge i is declared at line
/// 10 + i (model at column 12) and its judgments at line 20 + i, and results holding the given judges.
/// </summary>
static class InCodeAudit
{
    public const string File = "judgeeval.yaml";

    public static SourceLocation Line(int line, int column = 1) => new(File, line, column, line, column);

    public static AuditContext Context(params JudgeResult[] judges) => Context(Manifest(judges), Results(judges));

    public static AuditContext Context(EvalManifest manifest, EvalResults results) => new()
    {
        Manifest = manifest,
        Results = results,
        Catalog = ModelCatalog.BuiltIn,
        Today = new DateOnly(2026, 12, 1),
    };

    public static EvalManifest Manifest(IReadOnlyList<JudgeResult> judges) => new()
    {
        Path = File,
        Directory = "/",
        At = Line(1),
        Version = 1,
        Task = new TaskSpec
        {
            Kind = TaskKind.Pointwise,
            Scale = Scale.Pointwise(0, 3),
            PassThreshold = 2,
            Weighting = KappaWeighting.Quadratic,
            At = Line(2),
            PassThresholdAt = Line(3),
            WeightingAt = Line(4),
        },
        Items = [],
        ItemsAt = Line(5),
        Judges = [.. judges.Select((j, i) => new JudgeSpec
        {
            Id = j.Id,
            Model = j.Model,
            Judgments = new SourceSpec { Path = "/" + j.Id + ".jsonl", Format = "jsonl", BaseDirectory = "/", DeclaredAt = Line(20 + i) },
            At = Line(10 + i),
            IdAt = Line(10 + i, 7),
            ModelAt = Line(10 + i, 12),
        })],
        Thresholds = ThresholdSet.Defaults(Line(30)),
        Bootstrap = new BootstrapSpec(2000, 1, BootstrapUnit.Item, Line(1)),
        Review = new ReviewSpec(20, Line(1)),
        Cache = new CacheSpec(null, null, Line(1)),
    };

    public static EvalResults Results(IReadOnlyList<JudgeResult> judges, int labelled = 0) => new()
    {
        Tool = ToolInfo.Of(null),
        Manifest = new ManifestInfo(File, null, null, null, EvalPurpose.Quality),
        Task = new TaskInfo(TaskKind.Pointwise, 0, 3, 2, KappaWeighting.Quadratic, [0, 1, 2, 3]),
        Items = new ItemSummary(judges.Select(j => j.Items).DefaultIfEmpty(0).Max(), labelled, 0),
        Verdict = RunVerdict.Undecided,
        Judges = [.. judges],
    };

    public static JudgeResult Judge(string id, int valid, int items, string model = "gpt-4o") => new()
    {
        Id = id,
        Model = model,
        Items = items,
        Valid = valid,
        Coverage = items == 0 ? double.NaN : (double)valid / items,
        Missing = valid < items ? new() { ["null in source"] = items - valid } : [],
    };
}
