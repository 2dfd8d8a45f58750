using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Data;

/// <summary>What an importer read: items, human labels and judgments keyed by judge key, plus located problems.</summary>
public sealed record ImportResult
{
    public IReadOnlyList<EvalItem> Items { get; init; } = [];

    public IReadOnlyList<HumanLabel> Labels { get; init; } = [];

    /// <summary>Judgments by the key the source file uses for a judge (a label, a folder name, or "" for single-judge files).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Judgment>> Judgments { get; init; } =
        new Dictionary<string, IReadOnlyList<Judgment>>();

    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>How often each problem code occurred while reading, including occurrences past the report limit.</summary>
    public IReadOnlyDictionary<string, int> ProblemCounts { get; init; } = new Dictionary<string, int>();

    /// <summary>Column (property) names present in the source that the format does not read.</summary>
    public IReadOnlyList<string> IgnoredColumns { get; init; } = [];

    /// <summary>Human-label rows that carry no label: not labelled, which is no problem unless no row has one.</summary>
    public int RowsWithoutLabel { get; init; }
}
