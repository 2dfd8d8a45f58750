using JudgeEval.Engine.Data;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Statistics.Agreement;

namespace JudgeEval.Engine.Analysis;

/// <summary>
/// Two-pass routing replayed on recorded data: the cheap first judge decides every item whose grade lies outside the
/// borderline band; items inside it (and items the first judge failed on) are escalated to the ensemble. Calls count one
/// per judge per item; cost is calls times each model's price per call (`perCall`, or input/output prices per million
/// tokens times routing.tokensPerCall). Agreement with humans is kappa with the task's weighting.
/// </summary>
public static class RoutingAnalyzer
{
    public static Routing Analyze(
        RoutingSpec spec, EvalDataset data, EvalManifest manifest, double?[] ensembleVerdicts, AnalysisSettings settings, double fullEnsembleKappa)
    {
        var first = data.Judge(spec.First).Scores;
        var members = manifest.Ensembles.First(e => e.Id == spec.Ensemble).Members;
        var routed = new double?[first.Length];
        var escalated = 0;
        for (var i = 0; i < first.Length; i++)
        {
            var escalate = first[i] is not { } v || (v >= spec.BandLow && v <= spec.BandHigh);
            escalated += escalate ? 1 : 0;
            routed[i] = escalate ? ensembleVerdicts[i] : first[i];
        }

        var n = first.Length;
        var firstModel = manifest.Judges.First(j => j.Id == spec.First).Model;
        var memberModels = members.Select(id => manifest.Judges.First(j => j.Id == id).Model).ToList();
        var firstPrice = PricePerCall(manifest, firstModel, spec);
        var memberPrices = memberModels.Select(m => PricePerCall(manifest, m, spec)).ToList();
        var ensembleCallPrice = memberPrices.All(p => p.HasValue) ? memberPrices.Sum(p => p!.Value) : (double?)null;
        var routedKappa = data.HasHumanLabels
            ? KappaEstimator.Run(Categories.Encode(data.HumanGrades, settings.Categories), Categories.Encode(routed, settings.Categories), settings, withInterval: false).Kappa
            : double.NaN;

        return new Routing
        {
            First = spec.First,
            Ensemble = spec.Ensemble,
            Band = [spec.BandLow, spec.BandHigh],
            Items = n,
            Escalated = escalated,
            RoutedCalls = n + (escalated * members.Count),
            FullEnsembleCalls = n * members.Count,
            RoutedCost = firstPrice.HasValue && ensembleCallPrice.HasValue ? (n * firstPrice.Value) + (escalated * ensembleCallPrice.Value) : null,
            FullEnsembleCost = ensembleCallPrice.HasValue ? n * ensembleCallPrice.Value : null,
            RoutedKappa = routedKappa,
            FullEnsembleKappa = fullEnsembleKappa,
        };
    }

    /// <summary>The manifest's price for a model per call; endpoint prices apply when the top-level table lacks it.</summary>
    static double? PricePerCall(EvalManifest manifest, string model, RoutingSpec spec)
    {
        var price = manifest.Prices.GetValueOrDefault(model)
            ?? manifest.Endpoints.Select(e => e.Prices.GetValueOrDefault(model)).FirstOrDefault(p => p is not null);
        return price switch
        {
            null => null,
            { PerCall: { } perCall } => perCall,
            _ => (((price.Input ?? 0) * spec.InputTokens) + ((price.Output ?? 0) * spec.OutputTokens)) / 1_000_000,
        };
    }
}
