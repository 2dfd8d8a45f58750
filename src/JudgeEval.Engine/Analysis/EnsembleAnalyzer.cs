using JudgeEval.Engine.Data;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Statistics.Agreement;
using JudgeEval.Engine.Statistics.Ensembles;

namespace JudgeEval.Engine.Analysis;

/// <summary>
/// An ensemble's verdict per item from its members' verdicts, and the ensemble's agreement with humans next to its
/// best member's. Weighted ensembles weigh each member by its kappa against humans, clamped at 0.
/// </summary>
public static class EnsembleAnalyzer
{
    public static double?[] Verdicts(EnsembleSpec spec, EvalDataset data, IReadOnlyDictionary<string, double> kappaByJudge)
    {
        var members = spec.Members.Select(id => data.Judge(id).Scores).ToList();
        var weights = spec.Method == EnsembleMethod.Weighted
            ? spec.Members.Select(id => Weight(kappaByJudge.GetValueOrDefault(id, double.NaN))).ToList()
            : null;
        return EnsembleAggregator.Aggregate(members, spec.Method, spec.EvenMedian, weights, data.Scale.Categories);
    }

    public static EnsembleResult Result(
        EnsembleSpec spec,
        double?[] verdicts,
        HumanAgreement? vsHuman,
        IReadOnlyDictionary<string, double> kappaByJudge,
        Dictionary<string, double>? metrics,
        EvalDataset data,
        AnalysisSettings settings)
    {
        var best = spec.Members
            .Select(id => (Id: id, Kappa: kappaByJudge.GetValueOrDefault(id, double.NaN)))
            .Where(m => double.IsFinite(m.Kappa))
            .OrderByDescending(m => m.Kappa)
            .Select(m => ((string Id, double Kappa)?)m)
            .FirstOrDefault();
        var valid = verdicts.Count(v => v.HasValue);
        var compared = best is { } b ? Compare(verdicts, data.Judge(b.Id).Scores, data.HumanGrades, settings) : (N: 0, Ensemble: double.NaN, Member: double.NaN);
        return new EnsembleResult
        {
            Id = spec.Id,
            Method = spec.Method,
            Members = spec.Members,
            Items = verdicts.Length,
            Coverage = verdicts.Length == 0 ? double.NaN : (double)valid / verdicts.Length,
            VsHuman = vsHuman,
            BestMember = best?.Id,
            BestMemberKappa = best?.Kappa ?? double.NaN,
            ComparedItems = compared.N,
            EnsembleKappaCompared = compared.Ensemble,
            BestMemberKappaCompared = compared.Member,
            Metrics = metrics,
        };
    }

    /// <summary>
    /// Both kappas on the items the ensemble, the member and the humans all rated: a member that judged only the easy
    /// items must not look better than the ensemble because of it.
    /// </summary>
    static (int N, double Ensemble, double Member) Compare(double?[] ensemble, double?[] member, double?[] human, AnalysisSettings settings)
    {
        var common = Enumerable.Range(0, human.Length).Where(i => ensemble[i].HasValue && member[i].HasValue && human[i].HasValue).ToArray();
        double Kappa(double?[] verdicts) => CohenKappa.Compute(
            common.Select(i => human[i]).ToArray(), common.Select(i => verdicts[i]).ToArray(), settings.Categories, settings.Weights);
        return (common.Length, Kappa(ensemble), Kappa(member));
    }

    /// <summary>A member's weight: its kappa against humans, clamped at 0; 0 when undefined.</summary>
    static double Weight(double kappa) => double.IsNaN(kappa) ? 0 : Math.Max(0, kappa);
}
