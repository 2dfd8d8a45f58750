using JudgeEval.Engine.Catalog;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Statistics.Agreement;
using JudgeEval.Engine.Statistics.Classification;

namespace JudgeEval.Engine.Analysis;

/// <summary>
/// Each judge on the items of one value of a slice field (`slices:`): kappa with its bootstrap interval, coverage, bias
/// and the self-preference split, computed as for the whole run but on those items only. An item belongs to every value
/// it carries: both producers of a pair under `model`, every matching tag under `tag:prefix`; items without the field
/// are in no slice. Values are listed by item count, largest first.
/// </summary>
public static class SliceAnalyzer
{
    public static List<SliceResult> Analyze(EvalManifest manifest, EvalDataset data, ModelCatalog catalog, AnalysisSettings settings)
    {
        var results = new List<SliceResult>();
        foreach (var slice in manifest.Slices)
        {
            var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < data.Items.Count; i++)
            {
                foreach (var value in ValuesOf(data.Items[i], slice).Distinct(StringComparer.Ordinal))
                {
                    if (!groups.TryGetValue(value, out var members))
                    {
                        members = [];
                        groups.Add(value, members);
                    }

                    members.Add(i);
                }
            }

            results.AddRange(groups
                .OrderByDescending(g => g.Value.Count).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Slice(slice, g.Key, g.Value, manifest, data, catalog, settings)));
        }

        return results;
    }

    public static IEnumerable<string> ValuesOf(EvalItem item, SliceSpec slice) => slice.Field switch
    {
        SliceField.Model => new[] { item.Model, item.ModelB }.OfType<string>(),
        SliceField.QueryId => item.QueryId is { } q ? [q] : [],
        _ => item.Tags
            .Where(t => t.Length > slice.Prefix!.Length + 1 && t.StartsWith(slice.Prefix + ":", StringComparison.Ordinal))
            .Select(t => t[(slice.Prefix!.Length + 1)..]),
    };

    static SliceResult Slice(SliceSpec slice, string value, List<int> members, EvalManifest manifest, EvalDataset data, ModelCatalog catalog, AnalysisSettings settings)
    {
        var human = Pick(data.Human, members);
        var grades = Pick(data.HumanGrades, members);
        var sliced = settings with { ClusterOf = settings.ClusterOf is { } clusters ? [.. members.Select(i => clusters[i])] : null };
        var judges = manifest.Judges.Select(spec =>
        {
            var scores = data.Judge(spec.Id).Scores;
            var verdicts = Pick(scores, members);
            var kappa = KappaEstimator.Run(Categories.Encode(grades, settings.Categories), Categories.Encode(verdicts, settings.Categories), sliced);
            return new SliceJudge
            {
                Id = spec.Id,
                N = kappa.N,
                Kappa = kappa.Kappa,
                KappaCi95 = kappa.Ci95,
                Coverage = (double)verdicts.Count(v => v.HasValue) / members.Count,
                Bias = DirectionalBias.MeanDifference(verdicts, human),
                SelfPreference = SelfPreferenceAnalyzer.Split(spec.Model, scores, data, catalog, settings, manifest.SelfPreferenceScope, members),
            };
        }).ToList();
        return new SliceResult
        {
            Field = slice.Name,
            Value = value,
            Items = members.Count,
            Labelled = human.Count(h => h.HasValue),
            Judges = judges,
        };
    }

    static double?[] Pick(double?[] values, List<int> members) => [.. members.Select(i => values[i])];
}
