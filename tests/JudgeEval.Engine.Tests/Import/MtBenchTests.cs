using JudgeEval.Engine.Data;
using static JudgeEval.Engine.Tests.Import.ImportFixtures;

namespace JudgeEval.Engine.Tests.Import;

/// <summary>
/// LLMBar's MT-Bench set: dataset.json, four evaluators' Vanilla_NoRules/result.json and DERIVED_model_ids.csv.
/// Accuracy references are the source's own statistics.json beside each result ("correct_False": "159 / 200" ...);
/// missing counts from python3 over results[-1][order].get("winner").
/// </summary>
public class MtBenchTests
{
    static readonly string Dataset = MtBench("dataset.json");
    static readonly string ModelIds = Path.Combine(SampleData, "llmbar", "DERIVED_model_ids.csv");

    static string Result(string judge) => MtBench($"evaluators/{judge}/Vanilla_NoRules/result.json");

    // judge, correct_False, correct_True (statistics.json), missing original, missing swapped (python3).
    public static TheoryData<string, int, int, int, int> Judges => new()
    {
        { "GPT-4", 159, 165, 0, 0 },
        { "ChatGPT", 140, 145, 0, 0 },
        { "LLaMA2", 146, 142, 0, 0 },
        { "PaLM2", 138, 143, 8, 7 },
    };

    static SourceSpec Items() => Spec(Dataset, "llmbar", ("subset", "MT-Bench"), ("modelIds", ModelIds));

    [Fact]
    public void Items_are_200_pairs_with_their_models_joined()
    {
        var items = ImportClean(Items(), DataRole.Items, TaskKind.Pairwise).Items;

        Assert.Equal(200, items.Count);
        Assert.Equal("MT-Bench/0", items[0].Id);
        Assert.Equal(("gpt-4", "llama-13b"), (items[0].Model, items[0].ModelB));
        Assert.Equal(("alpaca-13b", "gpt-3.5-turbo"), (items[1].Model, items[1].ModelB));
        // Identical texts of several models stay joined by '|'.
        Assert.Equal(("gpt-3.5-turbo|gpt-4|vicuna-13b-v1.2", "claude-v1"), (items[12].Model, items[12].ModelB));
        Assert.StartsWith("Explain what's base rate fallacy", items[0].Query, StringComparison.Ordinal);
        Assert.StartsWith("Base rate fallacy, also known as", items[0].Text, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(items[0].TextB));
        Assert.All(items, i => Assert.NotNull(i.Model));
        Assert.Equal((2, 3), (items[0].Source!.Line, items[0].Source!.Column));
    }

    [Fact]
    public void Human_labels_are_101_first_and_99_second()
    {
        // python3: Counter(d["label"] for d in dataset.json) == {1: 101, 2: 99}.
        var labels = ImportClean(Spec(Dataset, "llmbar"), DataRole.HumanLabels, TaskKind.Pairwise).Labels;

        Assert.Equal(200, labels.Count);
        Assert.Equal(101, labels.Count(l => l.Score == Preference.First));
        Assert.Equal(99, labels.Count(l => l.Score == Preference.Second));
        Assert.Equal("MT-Bench/0", labels[0].ItemId);
    }

    [Theory]
    [MemberData(nameof(Judges))]
    public void Both_orders_match_the_sources_own_statistics(string judge, int correctOriginal, int correctSwapped, int missingOriginal, int missingSwapped)
    {
        var labels = ImportClean(Spec(Dataset, "llmbar"), DataRole.HumanLabels, TaskKind.Pairwise).Labels.ToDictionary(l => l.ItemId, l => l.Score);
        var result = ImportClean(Spec(Result(judge), "llmbar"), DataRole.Judgments, TaskKind.Pairwise);

        var list = Assert.Single(result.Judgments).Value;
        Assert.Equal(200, list.Count);
        Assert.Equal(correctOriginal, list.Count(j => j.Score == labels[j.ItemId]));
        Assert.Equal(correctSwapped, list.Count(j => j.SwappedScore == labels[j.ItemId]));
        Assert.Equal(missingOriginal, list.Count(j => j.Score is null));
        Assert.Equal(missingSwapped, list.Count(j => j.SwappedScore is null));
        Assert.All(list.Where(j => j.Score is null || j.SwappedScore is null), j => Assert.Equal("no winner", j.MissingReason));
        Assert.All(list, j => Assert.Contains("[output 2 shown first]", j.RawText, StringComparison.Ordinal));
    }

    [Fact]
    public void PaLM2_has_15_missing_verdicts_of_400()
    {
        var list = ImportClean(Spec(Result("PaLM2"), "llmbar"), DataRole.Judgments, TaskKind.Pairwise).Judgments[""];

        Assert.Equal(15, list.Count(j => j.Score is null) + list.Count(j => j.SwappedScore is null));
        // statistics.json "equal": 147 / 200 counts a null in both orders as agreement; 140 are real agreements.
        Assert.Equal(140, list.Count(j => j.Score is not null && j.Score == j.SwappedScore));
        Assert.Equal(7, list.Count(j => j.Score is null && j.SwappedScore is null));
    }

    [Fact]
    public void Subset_is_inferred_from_the_path_so_judgments_join_the_items()
    {
        var items = ImportClean(Items(), DataRole.Items, TaskKind.Pairwise).Items;
        var judges = Judges.Select(j => (string)j[0])
            .Select(j => new JudgeInput(j, ImportClean(Spec(Result(j), "llmbar"), DataRole.Judgments, TaskKind.Pairwise).Judgments[""], DeclaredAt))
            .ToList();
        var labels = ImportClean(Spec(Dataset, "llmbar"), DataRole.HumanLabels, TaskKind.Pairwise).Labels;

        var (dataset, diagnostics) = DatasetBuilder.Build(new DatasetInput
        {
            Scale = Scale.Pairwise, Items = items, ItemsAt = DeclaredAt, Labels = labels, LabelsAt = DeclaredAt, Judges = judges,
        });

        Assert.Empty(diagnostics);
        Assert.Equal(200, dataset!.Judge("GPT-4").Valid);
        Assert.Equal(192, dataset.Judge("PaLM2").Valid);
    }

    [Fact]
    public void A_pointwise_task_is_rejected()
    {
        var result = Read(Spec(Result("GPT-4"), "llmbar"), DataRole.Judgments, TaskKind.Pointwise);

        Assert.Equal("JE0064", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_dataset_file_has_no_judgments()
    {
        var result = Read(Spec(Dataset, "llmbar"), DataRole.Judgments, TaskKind.Pairwise);

        Assert.Equal("JE0060", Assert.Single(result.Diagnostics).Code);
    }
}
