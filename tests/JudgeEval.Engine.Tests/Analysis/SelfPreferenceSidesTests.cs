using JudgeEval.Engine.Analysis;
using JudgeEval.Engine.Catalog;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Statistics.Agreement;

namespace JudgeEval.Engine.Tests.Analysis;

/// <summary>Which outputs count as the judge's own, after classifying each distinct producer string once.</summary>
public class SelfPreferenceSidesTests
{
    [Fact]
    public void Own_other_and_ambiguous_producers_are_told_apart()
    {
        // Judge gpt-4o (family gpt in the catalog). Expected by hand: own = gpt-4o, gpt-4o-mini and "gpt-4o | gpt-4.1"
        // (differences 2, 1, 1: bias 4/3); other = the two claude-3.5-sonnet outputs (differences 0, 1: bias 1/2);
        // the mixed "gpt-4o|claude-3.5-sonnet" and the unknown producer are left out.
        var data = new EvalDataset
        {
            Scale = Scale.Pointwise(0, 3),
            Items =
            [
                new EvalItem { Id = "a", Model = "gpt-4o" },
                new EvalItem { Id = "b", Model = "gpt-4o-mini" },
                new EvalItem { Id = "c", Model = "claude-3.5-sonnet" },
                new EvalItem { Id = "d", Model = "gpt-4o|claude-3.5-sonnet" },
                new EvalItem { Id = "e" },
                new EvalItem { Id = "f", Model = "gpt-4o | gpt-4.1" },
                new EvalItem { Id = "g", Model = "claude-3.5-sonnet" },
            ],
            Human = [1, 1, 2, 0, 0, 2, 1],
            Judges = [new JudgeRatings { JudgeId = "j", Scores = [3, 2, 2, 3, 3, 3, 2] }],
        };
        var settings = new AnalysisSettings
        {
            Scale = data.Scale,
            Weights = KappaWeights.Create(KappaWeighting.Unweighted, 4),
            Weighting = KappaWeighting.Unweighted,
            PassThreshold = 2,
        };

        var result = SelfPreferenceAnalyzer.Analyze("j", "gpt-4o", data, ModelCatalog.BuiltIn, settings);

        Assert.NotNull(result);
        Assert.Equal(3, result.OwnN);
        Assert.Equal(2, result.OtherN);
        Assert.Equal(4.0 / 3, result.OwnBias, 12);
        Assert.Equal(0.5, result.OtherBias, 12);
        Assert.DoesNotContain("claude-3.5-sonnet", result.RelatedModels);
        Assert.Contains("gpt-4o-mini", result.RelatedModels);
    }
}
