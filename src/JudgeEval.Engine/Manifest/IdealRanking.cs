namespace JudgeEval.Engine.Manifest;

/// <summary>Where nDCG's ideal ranking comes from (`task.retrieval.ideal`).</summary>
public enum IdealRanking
{
    /// <summary>The judged list itself, re-sorted by grade.</summary>
    Judged,

    /// <summary>Every human-labelled item of the query.</summary>
    Qrels,
}
