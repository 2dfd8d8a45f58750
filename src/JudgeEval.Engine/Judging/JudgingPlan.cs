using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Judging;

/// <summary>Every request a live run makes: judge by judge, item by item, sample by sample, and for pairwise both orders.</summary>
internal static class JudgingPlan
{
    public static List<JudgingUnit> Units(LiveJudgingRequest request, IReadOnlyList<PreparedJudge> judges)
    {
        var units = new List<JudgingUnit>();
        foreach (var judge in judges)
        {
            var schema = judge.Endpoint.StructuredOutput ? VerdictSchema.Json(request.Scale) : null;
            for (var item = 0; item < request.Items.Count; item++)
            {
                for (var sample = 0; sample < judge.Settings.Samples; sample++)
                {
                    foreach (var swapped in request.Task == TaskKind.Pairwise ? new[] { false, true } : [false])
                    {
                        var messages = judge.Template.Render(PromptTemplate.Values(request.Items[item], request.Scale, swapped), out var lacking);
                        var input = messages is null ? null : new CacheKeyInput(
                            judge.Endpoint.BaseUrl, judge.Settings.Model, messages, judge.Settings.Temperature, judge.Settings.SeedFor(sample), schema, sample, judge.Template.Version);
                        units.Add(new JudgingUnit(judge, item, sample, swapped, messages, lacking, input, input is null ? null : CacheKey.Compute(input)));
                    }
                }
            }
        }

        return units;
    }
}
