using JudgeEval.Engine.Data;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Reporting.Results;
using JudgeEval.Engine.Statistics.Agreement;
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
        EnsembleSpec spec,
        double?[] verdicts,
        HumanAgreement? vsHuman,
        IReadOnlyDictionary<string, double?> kappaByJudge,
        Dictionary<string, double?>? metrics,
        EvalDataset data,
        AnalysisSettings settings)
    {
        var best = spec.Members
            .Select(id => (Id: id, Kappa: kappaByJudge.GetValueOrDefault(id)))
            .Where(m => m.Kappa.HasValue)
            .OrderByDescending(m => m.Kappa)
            .FirstOrDefault();
        var valid = verdicts.Count(v => v.HasValue);
        (int N, double? Ensemble, double? Member)? compared = best.Id is null ? null : Compare(verdicts, data.Judge(best.Id).Scores, data.Human, settings);
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
            ComparedItems = compared?.N ?? 0,
            EnsembleKappaCompared = compared?.Ensemble,
            BestMemberKappaCompared = compared?.Member,
            Metrics = metrics,
        };
    }

    /// <summary>
    /// Both kappas on the items the ensemble, the member and the humans all rated: a member that judged only the easy
    /// items must not look better than the ensemble because of it.
    /// </summary>
    static (int N, double? Ensemble, double? Member) Compare(double?[] ensemble, double?[] member, double?[] human, AnalysisSettings settings)
    {
        var common = Enumerable.Range(0, human.Length).Where(i => ensemble[i].HasValue && member[i].HasValue && human[i].HasValue).ToArray();
        double? Kappa(double?[] verdicts) => ResultsJson.Number(CohenKappa.Compute(
            common.Select(i => human[i]).ToArray(), common.Select(i => verdicts[i]).ToArray(), settings.Categories, settings.Weights));
        return (common.Length, Kappa(ensemble), Kappa(member));
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
