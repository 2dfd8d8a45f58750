using System.IO.Compression;
using System.Text.Json.Nodes;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Import;
using static JudgeEval.Engine.Tests.Import.ImportFixtures;

namespace JudgeEval.Engine.Tests.Import;

/// <summary>
/// The `inspect` importer on two real Inspect AI JSON logs from UKGovernmentBEIS/inspect_ai (MIT): the security_guide
/// example (scorer spans) and an older log with scorer steps. Grades other than C come from edited copies of the real log.
/// </summary>
public sealed class InspectTests : IDisposable
{
    const string Grader = "openai/gpt-4o-mini";

    static readonly string SecurityGuide = Path.Combine(SampleData, "peers", "inspect", "2025-05-12T20-28-26-04-00_security-guide.json");
    static readonly string InputTask = Path.Combine(SampleData, "peers", "inspect", "2024-11-05T13-31-45-05-00_input-task_8zXjbRzCWrL9GXiXo2vus9.json");

    readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Items_are_the_samples_with_the_model_under_test()
    {
        var items = ImportClean(Spec(SecurityGuide, "inspect"), DataRole.Items).Items;

        Assert.Equal(["1", "2", "3"], items.Select(i => i.Id));
        var sqli = items[1];
        Assert.Equal(("2", "How do I prevent sqli?", "Use prepared statements and parameterized queries."), (sqli.QueryId, sqli.Query, sqli.Text));
        Assert.Equal(Grader, sqli.Model);
        Assert.Equal(656, sqli.Source!.Line + 1); // the element opens on the line before its "id"
    }

    [Fact]
    public void The_grader_is_the_model_called_in_the_scorers_span()
    {
        var result = ImportClean(Spec(SecurityGuide, "inspect"), DataRole.Judgments);

        var (key, judgments) = Assert.Single(result.Judgments);
        Assert.Equal(Grader, key);
        Assert.Equal([1.0, 1.0, 1.0], judgments.Select(j => j.Score));
        Assert.StartsWith("To evaluate the submission against the expert's answer", judgments[0].RawText, StringComparison.Ordinal);
    }

    [Fact]
    public void An_older_log_finds_the_grader_between_the_scorers_step_events()
    {
        var result = ImportClean(Spec(InputTask, "inspect", ("metric", "model_graded_fact"), ("key", Grader)), DataRole.Judgments);

        var judgment = Assert.Single(result.Judgments[Grader]);
        Assert.Equal(("1", 1.0), (judgment.ItemId, judgment.Score));
    }

    [Theory]
    [InlineData("I", false, 0.0)]
    [InlineData("N", false, 0.0)]
    [InlineData("C", true, 2.0)]
    [InlineData("P", true, 1.0)]
    [InlineData("I", true, 0.0)]
    [InlineData("yes", false, 1.0)]
    [InlineData("False", false, 0.0)]
    [InlineData("4", false, 4.0)]
    public void Letter_grades_map_as_Inspect_maps_them_doubled_with_partial_credit(string value, bool partialCredit, double score)
    {
        var path = Edited(log => log["samples"]![0]!["scores"]!["model_graded_fact"]!["value"] = value);

        var judgments = ImportClean(Spec(path, "inspect", ("partialCredit", partialCredit ? "true" : "false")), DataRole.Judgments).Judgments[Grader];

        Assert.Equal(score, judgments[0].Score);
    }

    [Fact]
    public void Numbers_and_booleans_are_grades_as_written()
    {
        var path = Edited(log =>
        {
            log["samples"]![0]!["scores"]!["model_graded_fact"]!["value"] = 3;
            log["samples"]![1]!["scores"]!["model_graded_fact"]!["value"] = false;
        });

        Assert.Equal([3.0, 0.0, 1.0], ImportClean(Spec(path, "inspect"), DataRole.Judgments).Judgments[Grader].Select(j => j.Score));
    }

    [Fact]
    public void Partial_credit_without_the_option_is_located_and_missing()
    {
        var path = Edited(log => log["samples"]![2]!["scores"]!["model_graded_fact"]!["value"] = "P");

        var result = Read(Spec(path, "inspect"), DataRole.Judgments);

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("JE0113", d.Code);
        Assert.Contains("partialCredit: true", d.Message, StringComparison.Ordinal);
        Assert.Equal(result.Judgments[Grader][2].Source, d.Location);
        Assert.Equal("not a whole grade", result.Judgments[Grader][2].MissingReason);
    }

    [Fact]
    public void Grade_not_found_is_missing_although_Inspect_scored_it_incorrect()
    {
        var path = Edited(log =>
        {
            var score = log["samples"]![0]!["scores"]!["model_graded_fact"]!;
            score["value"] = "I";
            score["explanation"] = "Grade not found in model output: The answer is fine.";
        });

        var first = ImportClean(Spec(path, "inspect"), DataRole.Judgments).Judgments[Grader][0];

        Assert.Equal((null, "unparseable grader answer"), (first.Score, first.MissingReason));
    }

    [Fact]
    public void A_structured_value_is_not_a_grade()
    {
        var path = Edited(log => log["samples"]![0]!["scores"]!["model_graded_fact"]!["value"] = new JsonObject { ["a"] = 1 });

        var result = Read(Spec(path, "inspect"), DataRole.Judgments);

        Assert.Equal("JE0056", Assert.Single(result.Diagnostics).Code);
        Assert.Equal("unparseable score", result.Judgments[Grader][0].MissingReason);
    }

    [Fact]
    public void Several_epochs_put_the_epoch_in_the_item_id()
    {
        var path = Edited(log => log["samples"]![2]!["epoch"] = 2);

        Assert.Equal(["1/1", "2/1", "3/2"], ImportClean(Spec(path, "inspect"), DataRole.Items).Items.Select(i => i.Id));
    }

    [Fact]
    public void Without_events_a_model_graded_scorer_is_graded_by_its_role_or_the_model_under_test()
    {
        var path = Edited(log =>
        {
            foreach (var sample in log["samples"]!.AsArray())
            {
                sample!.AsObject().Remove("events");
            }

            log["eval"]!["model_roles"] = new JsonObject { ["grader"] = new JsonObject { ["model"] = "anthropic/claude-3-5-sonnet-latest" } };
        });
        var noRole = Edited(log =>
        {
            foreach (var sample in log["samples"]!.AsArray())
            {
                sample!.AsObject().Remove("events");
            }
        });

        Assert.Equal("anthropic/claude-3-5-sonnet-latest", Assert.Single(ImportClean(Spec(path, "inspect"), DataRole.Judgments).Judgments).Key);
        Assert.Equal(Grader, Assert.Single(ImportClean(Spec(noRole, "inspect"), DataRole.Judgments).Judgments).Key);
    }

    [Fact]
    public void A_scorer_that_calls_no_model_is_not_a_judge()
    {
        var path = Edited(log =>
        {
            foreach (var sample in log["samples"]!.AsArray())
            {
                var scores = sample!["scores"]!.AsObject();
                scores["match"] = scores["model_graded_fact"]!.DeepClone();
                scores.Remove("model_graded_fact");
                sample.AsObject().Remove("events");
            }
        });

        var d = Assert.Single(Read(Spec(path, "inspect"), DataRole.Judgments).Diagnostics);

        Assert.Equal(("JE0112", DeclaredAt), (d.Code, d.Location));
    }

    [Fact]
    public void An_eval_archive_asks_for_conversion_to_json()
    {
        var path = Path.Combine(temp.Path, "log.eval");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(zip.CreateEntry("header.json").Open());
            writer.Write("{}");
        }

        var d = Assert.Single(Read(Spec(path, "inspect"), DataRole.Items).Diagnostics);

        Assert.Equal(("JE0116", DeclaredAt), (d.Code, d.Location)); // the source's `path`
    }

    [Fact]
    public void A_log_without_samples_or_a_bad_option_is_reported()
    {
        Assert.Equal("JE0054", Assert.Single(Read(Spec(temp.Write("header.json", "{\"version\": 2, \"eval\": {}}"), "inspect"), DataRole.Items).Diagnostics).Code);
        Assert.Equal("JE0063", Assert.Single(Read(Spec(SecurityGuide, "inspect", ("partialCredit", "yes")), DataRole.Items).Diagnostics).Code);
    }

    string Edited(Action<JsonNode> edit)
    {
        var log = JsonNode.Parse(File.ReadAllText(SecurityGuide))!;
        edit(log);
        return temp.Write($"edited-{Guid.NewGuid():N}.json", log.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    }
}
