namespace JudgeEval.Engine.Statistics.Retrieval;

/// <summary>What a mean over queries does with a query whose ideal DCG is 0 (its nDCG is 0/0).</summary>
public enum UndefinedNdcg
{
    /// <summary>
    /// The query counts as 0: with the ideal taken from the judged list, nothing retrieved is relevant, so the
    /// retrieval failed on it. Leaving such queries out would reward a harsh judge. The published within-corpus
    /// aggregates use this rule.
    /// </summary>
    CountAsZero,

    /// <summary>The query is left out of the nDCG mean (trec_eval's treatment of queries without relevant documents).</summary>
    Exclude,
}
