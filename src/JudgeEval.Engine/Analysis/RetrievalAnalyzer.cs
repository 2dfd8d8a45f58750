using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Statistics.Retrieval;

namespace JudgeEval.Engine.Analysis;

/// <summary>
/// Per-judge ranked retrieval metrics (nDCG@k, P@k, MRR, mean score): per query, then the mean over queries.
/// With `ideal: qrels` the ideal ranking of each query comes from the human labels of its judged items.
/// </summary>
public static class RetrievalAnalyzer
{
    public static Dictionary<string, double>? Metrics(double?[] scores, RankedQueries? queries, RetrievalSpec? spec, double?[] human, double passThreshold)
    {
        if (queries is null || spec is null)
        {
            return null;
        }

        var ideal = spec.Ideal == IdealRanking.Qrels
            ? queries.Queries.Select(q => (IReadOnlyList<double>)[.. q.Where(i => human[i].HasValue).Select(i => human[i]!.Value)]).ToList()
            : null;
        return new(RetrievalMetrics.Summarize(queries.Grades(scores), spec.K, spec.PrecisionAt, passThreshold, ideal), StringComparer.Ordinal);
    }
}
