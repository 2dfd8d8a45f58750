using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Manifest;

/// <summary>The `format:` values of docs/manifest.md's Formats table.</summary>
public static class SourceFormats
{
    public const string Jsonl = "jsonl";

    public const string Csv = "csv";

    public const string TrecQrels = "trec-qrels";

    public const string RagEvalExternal = "rag-eval-external";

    public const string RagEvalWithinCorpus = "rag-eval-within-corpus";

    public const string LlmBar = "llmbar";

    static readonly DataRole[] AllRoles = [DataRole.Items, DataRole.HumanLabels, DataRole.Judgments];

    public static IReadOnlyList<SourceFormat> All { get; } =
    [
        new(Jsonl, AllRoles, ["key"]),
        new(Csv, AllRoles, ["key", "delimiter"]),
        new(TrecQrels, [DataRole.HumanLabels], []),
        new(RagEvalExternal, AllRoles, ["key"]) { RequiredForJudgments = ["key"] },
        new(RagEvalWithinCorpus, [DataRole.Items, DataRole.Judgments], []),
        new(LlmBar, AllRoles, ["modelIds", "subset"]) { FileOptions = ["modelIds"] },
    ];

    public static IReadOnlyList<string> Names { get; } = [.. All.Select(f => f.Name)];

    /// <summary>Every option any format reads; a key outside these and path/format is unknown.</summary>
    public static IReadOnlyList<string> AllOptions { get; } = [.. All.SelectMany(f => f.Options).Distinct(StringComparer.Ordinal)];

    public static SourceFormat? Find(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));
}
