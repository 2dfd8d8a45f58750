using JudgeEval.Engine.Data;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Reporting.Results;
using JudgeEval.Engine.Statistics.Ensembles;
using Method = JudgeEval.Engine.Statistics.Ensembles.EnsembleMethod;
using Even = JudgeEval.Engine.Statistics.Ensembles.EvenMedianRule;

namespace JudgeEval.Engine.Analysis;

/// <summary>
/// An ensemble's verdict per item from its members' verdicts, and the ensemble's agreement with humans next to its
/// best member's. Weighted ensembles weigh each member by its kappa against humans, clamped at 0.
/// </summary>
public static class EnsembleAnalyzer
{
    public static double?[] Verdicts(EnsembleSpec spec, EvalDataset data, IReadOnlyDictionary<string, double?> kappaByJudge)
    {
        var members = spec.Members.Select(id => data.Judge(id).Scores).ToList();
        var weights = spec.Method == Manifest.EnsembleMethod.Weighted
            ? spec.Members.Select(id => Math.Max(0, kappaByJudge.GetValueOrDefault(id) ?? 0)).ToList()
            : null;
        return EnsembleAggregator.Aggregate(members, Map(spec.Method), Map(spec.EvenMedian), weights, data.Scale.Categories);
    }

    public static EnsembleResult Result(
        EnsembleSpec spec, double?[] verdicts, HumanAgreement? vsHuman, IReadOnlyDictionary<string, double?> kappaByJudge, Dictionary<string, double?>? metrics)
    {
        var best = spec.Members
            .Select(id => (Id: id, Kappa: kappaByJudge.GetValueOrDefault(id)))
            .Where(m => m.Kappa.HasValue)
            .OrderByDescending(m => m.Kappa)
            .FirstOrDefault();
        var valid = verdicts.Count(v => v.HasValue);
        return new EnsembleResult
        {
            Id = spec.Id,
            Method = spec.Method.ToString().ToLowerInvariant(),
            Members = spec.Members,
            Items = verdicts.Length,
            Coverage = verdicts.Length == 0 ? null : (double)valid / verdicts.Length,
            VsHuman = vsHuman,
            BestMember = best.Id,
            BestMemberKappa = best.Kappa,
            Metrics = metrics,
        };
    }

    static Method Map(Manifest.EnsembleMethod method) => method switch
    {
        Manifest.EnsembleMethod.Majority => Method.Majority,
        Manifest.EnsembleMethod.Median => Method.Median,
        Manifest.EnsembleMethod.Mean => Method.Mean,
        _ => Method.Weighted,
    };

    static Even Map(Manifest.EvenMedianRule rule) => rule switch
    {
        Manifest.EvenMedianRule.Upper => Even.Upper,
        Manifest.EvenMedianRule.Midpoint => Even.Midpoint,
        _ => Even.Lower,
    };
}
