using JudgeEval.Engine.Analysis;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Labelling;
using JudgeEval.Engine.Statistics.Ensembles;

namespace JudgeEval.Engine.Tests.Labelling;

/// <summary>Which items `judgeeval label` asks about, and in which order.</summary>
public sealed class ItemSelectionTests : IDisposable
{
    readonly LabelEval eval = new(items: 40);

    [Fact]
    public void Review_is_the_audits_own_ranking()
    {
        var data = LabelWorkspaces.Prepare(eval.Manifest).Data;

        var chosen = ItemSelection.Select(data, TakeMode.Review, 15, seed: 1);

        var (ranked, candidates) = ReviewSelector.Select(data, 15);
        Assert.Equal(ranked.Select(r => r.ItemId), chosen.Select(i => data.Items[i].Id));
        Assert.True(candidates > 15);
        Assert.All(chosen, i => Assert.True(data.Judges.Select(j => j.Scores[i]).Distinct().Count() > 1));
    }

    [Fact]
    public void Review_on_real_data_follows_the_samples_review_order()
    {
        var data = LabelWorkspaces.Prepare(Path.Combine(RepoRoot.Path, "samples", "WithinCorpus", "judgeeval.yaml"), "tester", "--labels", Path.Combine(eval.Folder, "wc.jsonl")).Data;

        var chosen = ItemSelection.Select(data, TakeMode.Review, 20, seed: 1);

        Assert.Equal(ReviewSelector.Select(data, 20).Items.Select(r => r.ItemId), chosen.Select(i => data.Items[i].Id));
        Assert.Equal(20, chosen.Count);
    }

    [Fact]
    public void Random_is_a_seeded_draw_without_repeats()
    {
        var data = LabelWorkspaces.Prepare(eval.Manifest).Data;

        var first = ItemSelection.Select(data, TakeMode.Random, 25, seed: 7);

        Assert.Equal(first, ItemSelection.Select(data, TakeMode.Random, 25, seed: 7));
        Assert.NotEqual(first, ItemSelection.Select(data, TakeMode.Random, 25, seed: 8));
        Assert.Equal(25, first.Distinct().Count());
        Assert.Equal(40, ItemSelection.Select(data, TakeMode.Random, 1000, seed: 7).Count);
    }

    [Fact]
    public void Stratified_takes_turns_across_the_judges_majority_verdicts()
    {
        var data = LabelWorkspaces.Prepare(eval.Manifest).Data;
        var categories = data.Scale.Categories;
        double? Majority(int i) => EnsembleAggregator.Majority(data.Judges.Select(j => j.Scores[i]).ToArray(), categories);
        var strata = Enumerable.Range(0, data.Items.Count).GroupBy(Majority).ToDictionary(g => g.Key!.Value, g => g.Count());

        var chosen = ItemSelection.Select(data, TakeMode.Stratified, 8, seed: 3);

        Assert.True(strata.Count >= 3, "the fixture needs several majority categories");
        var perStratum = chosen.GroupBy(Majority).ToDictionary(g => g.Key!.Value, g => g.Count());
        // Round robin: no stratum gets two more than another that still had items to give.
        foreach (var (a, size) in strata)
        {
            var taken = perStratum.GetValueOrDefault(a);
            Assert.True(taken >= 1);
            if (taken < size)
            {
                Assert.All(perStratum.Values, other => Assert.True(other <= taken + 1));
            }
        }

        Assert.Equal(chosen, ItemSelection.Select(data, TakeMode.Stratified, 8, seed: 3));
        Assert.Equal(40, ItemSelection.Select(data, TakeMode.Stratified, 100, seed: 3).Distinct().Count());
    }

    [Fact]
    public void A_dataset_without_verdicts_has_nothing_to_stratify_by()
    {
        var data = LabelWorkspaces.Prepare(eval.Manifest).Data;
        var blank = data with { Judges = [] };

        Assert.True(ItemSelection.HasVerdicts(data));
        Assert.False(ItemSelection.HasVerdicts(blank));
        Assert.Empty(ItemSelection.Select(blank, TakeMode.Review, 10, 1));
    }

    public void Dispose() => eval.Dispose();
}
