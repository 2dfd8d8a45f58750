using System.Text.Json.Nodes;

namespace JudgeEval.EndToEnd.Tests;

/// <summary>
/// The gate fails closed as a user sees it in `dotnet build`: a named manifest that is missing, two default manifests,
/// an unusable run after a good one, an inconclusive run, and data that tries to forge a compiler error line.
/// </summary>
[Collection(EndToEndCollection.Name)]
public class FailClosedTests(PackagesFixture packages)
{
    [Fact]
    public void A_named_manifest_that_does_not_exist_fails_at_the_project()
    {
        var consumer = Consumer.Create(packages, "named-missing");
        SmallEval.WriteTo(consumer.Dir);

        var build = consumer.Build("-p:JudgeEvalManifest=evals/judgeeval.yaml");

        Assert.Equal(1, build.ExitCode);
        var project = Path.Combine(consumer.Dir, "named-missing.csproj");
        var expected = $"{project} : error JE0028: JudgeEvalManifest names '{Path.Combine(consumer.Dir, "evals", "judgeeval.yaml")}', which does not exist";
        Assert.True(build.Output.Contains(expected, StringComparison.Ordinal), build.ToString());
        Assert.False(Directory.Exists(consumer.OutputDir));
    }

    [Fact]
    public void Both_default_names_fail_and_yml_alone_runs()
    {
        var consumer = Consumer.Create(packages, "two-defaults");
        SmallEval.WriteTo(consumer.Dir);
        File.Copy(Path.Combine(consumer.Dir, "judgeeval.yaml"), Path.Combine(consumer.Dir, "judgeeval.yml"));

        var both = consumer.Build();
        Assert.Equal(1, both.ExitCode);
        Assert.Contains("error JE0029: Both judgeeval.yaml and judgeeval.yml are beside the project", both.Output, StringComparison.Ordinal);

        File.Delete(Path.Combine(consumer.Dir, "judgeeval.yaml"));
        var yml = consumer.Build("--no-restore");
        Assert.True(yml.ExitCode == 0, yml.ToString());
        Assert.Contains("judgeeval.yml(", yml.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(consumer.Results), yml.ToString());
    }

    [Fact]
    public void No_manifest_is_the_opt_out_with_one_low_importance_message()
    {
        var consumer = Consumer.Create(packages, "no-manifest");

        var quiet = consumer.Build();
        var detailed = consumer.Build("--no-restore", "-v:detailed");

        Assert.True(quiet.ExitCode == 0, quiet.ToString());
        Assert.DoesNotContain("JE0", quiet.Output, StringComparison.Ordinal);
        Assert.True(detailed.ExitCode == 0, detailed.ToString());
        Assert.Single(detailed.Output.Split('\n'), l => l.Contains("JE0130", StringComparison.Ordinal) && l.Contains("the JudgeEval gate is off", StringComparison.Ordinal));
        Assert.False(Directory.Exists(consumer.OutputDir));
    }

    [Fact]
    public void An_unusable_run_after_a_good_one_rewrites_results_and_report()
    {
        var consumer = Consumer.Create(packages, "unusable-after-good");
        SmallEval.WriteTo(consumer.Dir);
        var good = consumer.Build();
        Assert.True(good.ExitCode == 0, good.ToString());

        // The human labels now point at the judge's file, whose rows have a `score` and no `label`.
        var manifest = Path.Combine(consumer.Dir, "judgeeval.yaml");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("path: data/labels.jsonl", "path: data/judge.jsonl", StringComparison.Ordinal));
        var bad = consumer.Build("--no-restore");

        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("error JE0076: humanLabels is declared but no item got a usable label: none of its 60 rows has a `label` value.", bad.Output, StringComparison.Ordinal);
        Assert.Equal("unusable", JsonNode.Parse(File.ReadAllText(consumer.Results))!["verdict"]!["outcome"]!.GetValue<string>());
        var report = File.ReadAllText(Path.Combine(consumer.OutputDir, "report.html"));
        Assert.Contains("data-outcome=\"unusable\"", report, StringComparison.Ordinal);
        Assert.Contains("JE0076", report, StringComparison.Ordinal);
    }

    [Fact]
    public void An_inconclusive_run_fails_unless_JudgeEvalAllowInconclusive()
    {
        var consumer = Consumer.Create(packages, "inconclusive");
        SmallEval.WriteTo(consumer.Dir);

        // The judge's corrected pass rate is 0.500 with a 95% CI of about 0.32 to 0.65: productScoreMin 0.5 cannot decide.
        var failing = consumer.Build("-p:JudgeEvalProductScoreMin=0.5");
        var allowed = consumer.Build("--no-restore", "-p:JudgeEvalProductScoreMin=0.5", "-p:JudgeEvalAllowInconclusive=true");

        Assert.Equal(1, failing.ExitCode);
        Assert.Contains("JE5005", Consumer.Codes(failing, "error"));
        Assert.Equal("inconclusive", JsonNode.Parse(File.ReadAllText(consumer.Results))!["verdict"]!["outcome"]!.GetValue<string>());
        Assert.True(allowed.ExitCode == 0, allowed.ToString());
        Assert.Contains("JE5005", Consumer.Codes(allowed, "warning"));
    }

    [Fact]
    public void A_property_name_with_a_newline_cannot_forge_a_compiler_error()
    {
        var consumer = Consumer.Create(packages, "forged-line");
        SmallEval.WriteTo(consumer.Dir);
        var judge = Path.Combine(consumer.Dir, "data", "judge.jsonl");
        var rows = File.ReadAllLines(judge);
        rows[0] = rows[0].TrimEnd('}') + ",\"x\\nsrc/Program.cs(1,1): error CS0001: forged\\u001b[31m\\u0007\":1}";
        File.WriteAllLines(judge, rows);

        var build = consumer.Build();

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain(build.Output.Split('\n'), l => l.TrimStart().StartsWith("src/Program.cs(1,1)", StringComparison.Ordinal));
        Assert.DoesNotContain("error CS0001", Consumer.Codes(build, "error"));
        Assert.DoesNotContain('\u001b', build.Output);
        Assert.Contains(@"warning JE0059: Property 'x\nsrc/Program.cs(1,1): error CS0001: forged\e[31m\a' is not a column", build.Output, StringComparison.Ordinal);
    }
}
