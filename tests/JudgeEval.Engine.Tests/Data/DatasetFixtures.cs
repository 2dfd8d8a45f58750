using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Tests.Data;

static class DatasetFixtures
{
    public static readonly SourceLocation ItemsAt = new("judgeeval.yaml", 5, 9, 5, 20);
    public static readonly SourceLocation LabelsAt = new("judgeeval.yaml", 8, 9, 8, 20);
    public static readonly SourceLocation JudgeAt = new("judgeeval.yaml", 12, 11, 12, 30);

    public static EvalItem[] Items(params string[] ids) => ids.Select(id => new EvalItem { Id = id }).ToArray();

    public static Judgment Score(string id, double? score, string? reason = null) => new() { ItemId = id, Score = score, MissingReason = reason };

    public static HumanLabel Label(string id, double score) => new() { ItemId = id, Score = score };

    public static DatasetInput Pointwise(EvalItem[] items, HumanLabel[]? labels, params Judgment[] judgments) => new()
    {
        Scale = Scale.Pointwise(0, 3),
        Items = items,
        ItemsAt = ItemsAt,
        Labels = labels,
        LabelsAt = LabelsAt,
        Judges = [new JudgeInput("j1", judgments, JudgeAt)],
    };
}
