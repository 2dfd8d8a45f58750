using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Judging;

/// <summary>Every request a live run makes: judge by judge, item by item, sample by sample, and for pairwise both orders.</summary>
internal static class JudgingPlan
{
    public static List<JudgingUnit> Units(LiveJudgingRequest request, IReadOnlyList<PreparedJudge> judges)
    {
        var slots = new List<(PreparedJudge Judge, string? Schema, int Item, int Sample, bool Swapped)>();
        foreach (var judge in judges)
        {
            var schema = judge.Endpoint.StructuredOutput ? VerdictSchema.Json(request.Scale) : null;
            for (var item = 0; item < request.Items.Count; item++)
            {
                for (var sample = 0; sample < judge.Settings.Samples; sample++)
                {
                    foreach (var swapped in request.Task == TaskKind.Pairwise ? new[] { false, true } : [false])
                    {
                        slots.Add((judge, schema, item, sample, swapped));
                    }
                }
            }
        }

        // Rendering and hashing are independent per request and the run waits for all of them before its first call:
        // on all cores, in plan order.
        var units = new JudgingUnit[slots.Count];
        Parallel.For(0, slots.Count, i => units[i] = Unit(request, slots[i]));
        return [.. units];
    }

    static JudgingUnit Unit(LiveJudgingRequest request, (PreparedJudge Judge, string? Schema, int Item, int Sample, bool Swapped) slot)
    {
        var (judge, schema, item, sample, swapped) = slot;
        var messages = judge.Template.Render(PromptTemplate.Values(request.Items[item], request.Scale, swapped), out var lacking);
        var input = messages is null ? null : new CacheKeyInput(
            judge.Endpoint.BaseUrl, judge.Settings.Model, messages, judge.Settings.Temperature, judge.Settings.SeedFor(sample), schema, sample, judge.Template.Version);
        return new JudgingUnit(judge, item, sample, swapped, messages, lacking, input, input is null ? null : CacheKey.Compute(input));
    }
}
