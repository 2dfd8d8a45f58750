using JudgeEval.Engine.Data;
using JudgeEval.Engine.Import;
using static JudgeEval.Engine.Tests.Import.ImportFixtures;

namespace JudgeEval.Engine.Tests.Import;

/// <summary>
/// The `meai` importer on samples/data/peers/meai/store, a disk result store written by Microsoft.Extensions.AI.Evaluation
/// (Reporting and Quality 10.10.0) with scripted product and grader clients. Expected values read with python3 from the
/// JSON files (see the README beside them).
/// </summary>
public sealed class MeaiTests : IDisposable
{
    static readonly string Store = Path.Combine(SampleData, "peers", "meai", "store");

    readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    static SourceSpec Meai(params (string, string)[] options) => Spec(Store, "meai", options);

    [Fact]
    public void Items_are_the_latest_executions_scenario_iterations_with_the_product_model()
    {
        var items = ImportClean(Meai(), DataRole.Items).Items;

        Assert.Equal(12, items.Count);
        var item = Assert.Single(items, i => i.Id == "Account.Password/2");
        Assert.Equal("Account.Password", item.QueryId);
        Assert.Equal("How do I reset my password?", item.Query);
        Assert.Equal("Passwords must be 12 characters long.", item.Text);
        Assert.Equal("gpt-4o-mini-2024-07-18", item.Model);
        Assert.Equal(["judgeeval-test-data"], item.Tags);
        Assert.EndsWith(Path.Combine("20260901T0900", "Account.Password", "2.json"), item.Source!.File, StringComparison.Ordinal);
    }

    [Fact]
    public void Relevance_is_a_judgment_of_the_grader_in_the_metrics_metadata()
    {
        var result = ImportClean(Meai(("metric", "Relevance")), DataRole.Judgments);

        var (key, judgments) = Assert.Single(result.Judgments);
        Assert.Equal("gpt-4o-2024-08-06", key);
        var scores = judgments.ToDictionary(j => j.ItemId, j => j.Score);
        Assert.Equal(12, scores.Count);
        Assert.Equal(4, scores["Account.Password/1"]);
        Assert.Equal(1, scores["Returns.Label/2"]);
        Assert.Equal([1, 2, 2, 3, 3, 4, 4, 5, 5, 5, 5], scores.Values.OfType<double>().Order());
        var missing = Assert.Single(judgments, j => j.Score is null);
        Assert.Equal(("Sizing.Guide/2", "evaluator error"), (missing.ItemId, missing.MissingReason));
        Assert.StartsWith("Failed to parse score for 'Relevance'", missing.RawText, StringComparison.Ordinal);
        Assert.Equal("The response does not address the query; relevance is poor.", judgments.Single(j => j.ItemId == "Returns.Label/2").RawText);
    }

    [Fact]
    public void A_store_with_two_metrics_needs_metric()
    {
        var d = Assert.Single(Read(Meai(), DataRole.Judgments).Diagnostics);

        Assert.Equal("JE0110", d.Code);
        Assert.Contains("\"Coherence\", \"Relevance\"", d.Message, StringComparison.Ordinal);
        Assert.Equal(DeclaredAt, d.Location);
    }

    [Fact]
    public void An_unknown_metric_or_grader_lists_what_the_store_has()
    {
        var metric = Assert.Single(Read(Meai(("metric", "Fluency")), DataRole.Judgments).Diagnostics);
        var grader = Assert.Single(Read(Meai(("metric", "Coherence"), ("key", "gpt-4o")), DataRole.Judgments).Diagnostics);

        Assert.Equal(("JE0111", KeyAt), (metric.Code, metric.Location));
        Assert.Contains("\"Coherence\", \"Relevance\"", metric.Message, StringComparison.Ordinal);
        Assert.Equal(("JE0061", KeyAt), (grader.Code, grader.Location));
        Assert.Contains("\"gpt-4o-2024-08-06\"", grader.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execution_selects_an_older_run_and_an_unknown_one_is_located()
    {
        var older = ImportClean(Meai(("execution", "20260831T0900")), DataRole.Items).Items;
        var unknown = Assert.Single(Read(Meai(("execution", "nightly")), DataRole.Items).Diagnostics);

        Assert.Equal(["Returns.Label/1", "Returns.Window/1"], older.Select(i => i.Id).Order(StringComparer.Ordinal));
        Assert.Equal(("JE0115", KeyAt), (unknown.Code, unknown.Location));
        Assert.Contains("\"20260831T0900\", \"20260901T0900\"", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_latest_execution_is_the_one_written_last_not_the_last_name()
    {
        var root = CopyStore();
        var newest = Path.Combine(root, "results", "20260831T0900", "Returns.Label", "1.json");
        File.WriteAllText(newest, File.ReadAllText(newest).Replace("\"creationTime\": \"2026-", "\"creationTime\": \"2099-", StringComparison.Ordinal));

        var items = ImportClean(Spec(root, "meai"), DataRole.Items).Items;

        Assert.Equal(2, items.Count);
    }

    [Fact]
    public void A_folder_without_results_is_not_a_store()
    {
        var d = Assert.Single(Read(Spec(Path.Combine(Store, "results"), "meai"), DataRole.Items).Diagnostics);

        Assert.Equal("JE0114", d.Code);
    }

    [Fact]
    public void A_malformed_result_file_is_located_and_the_others_still_read()
    {
        var root = CopyStore();
        File.WriteAllText(Path.Combine(root, "results", "20260901T0900", "Returns.Label", "2.json"), "{\n  \"scenarioName\": \"Returns.Label\",\n  \"iterationName\": 2,,\n}");

        var result = Read(Spec(root, "meai", ("metric", "Relevance")), DataRole.Judgments);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("JE0053", 3), (d.Code, d.Location!.Line));
        Assert.EndsWith("2.json", d.Location.File, StringComparison.Ordinal);
        Assert.Equal(11, result.Judgments.Single().Value.Count);
    }

    [Fact]
    public void A_text_value_is_not_a_grade_and_a_metric_without_a_grader_is_not_a_judge()
    {
        var root = CopyStore();
        var file = Path.Combine(root, "results", "20260901T0900", "Returns.Label", "1.json");
        var text = File.ReadAllText(file).Replace("\"value\": 5,", "\"value\": \"excellent\",", StringComparison.Ordinal);
        var coherenceGrader = text.LastIndexOf("\"eval-model\": \"gpt-4o-2024-08-06\",", StringComparison.Ordinal); // Coherence comes second
        File.WriteAllText(file, text.Remove(coherenceGrader, "\"eval-model\": \"gpt-4o-2024-08-06\",".Length));

        var relevance = Read(Spec(root, "meai", ("metric", "Relevance")), DataRole.Judgments);

        var d = Assert.Single(relevance.Diagnostics);
        Assert.Equal("JE0056", d.Code);
        Assert.Contains("'excellent'", d.Message, StringComparison.Ordinal);
        Assert.Equal("unparseable score", relevance.Judgments.Single().Value.Single(j => j.ItemId == "Returns.Label/1").MissingReason);
        Assert.DoesNotContain(Read(Spec(root, "meai", ("metric", "Coherence")), DataRole.Judgments).Judgments.Single().Value, j => j.ItemId == "Returns.Label/1");
    }

    [Fact]
    public void A_pairwise_task_is_a_kind_mismatch()
    {
        Assert.Equal("JE0064", Assert.Single(Read(Meai(), DataRole.Items, TaskKind.Pairwise).Diagnostics).Code);
    }

    string CopyStore()
    {
        var root = Path.Combine(temp.Path, "store");
        foreach (var file in Directory.EnumerateFiles(Store, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, Path.GetRelativePath(Store, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return root;
    }
}
