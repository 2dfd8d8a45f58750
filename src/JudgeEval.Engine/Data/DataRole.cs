namespace JudgeEval.Engine.Data;

/// <summary>What the manifest asks a source for: the same file may serve as items, human labels and judgments.</summary>
public enum DataRole
{
    Items,

    HumanLabels,

    Judgments,
}
