using JudgeEval.Engine.Diagnostics;
using System.Globalization;

namespace JudgeEval.Engine.Tests.Workspace;

/// <summary>
/// `judgeeval run` on a CI system: with GITHUB_ACTIONS=true one workflow command per finding and the job summary appended
/// to $GITHUB_STEP_SUMMARY; with TF_BUILD=True Azure's logissue per error or warning and the summary uploaded.
/// </summary>
public sealed class CiAnnotationTests : IDisposable
{
    readonly RepoFolder repo = new();

    Dictionary<string, string> GitHub(string summary) => new()
    {
        ["GITHUB_ACTIONS"] = "true",
        ["GITHUB_STEP_SUMMARY"] = summary,
        ["GITHUB_SERVER_URL"] = "https://github.com",
        ["GITHUB_REPOSITORY"] = "octo/evals",
        ["GITHUB_RUN_ID"] = "4242",
    };

    [Fact]
    public void On_GitHub_Actions_every_finding_is_one_annotation_at_its_repository_relative_span()
    {
        var summary = Path.Combine(repo.Root, "step-summary.md");
        var run = CiRun.Start(repo.Manifest, repo.Out, GitHub(summary));

        var findings = run.Results.Findings;
        var commands = run.Commands("::");
        Assert.NotEmpty(findings);
        Assert.Equal(findings.Count, commands.Count);
        foreach (var f in findings)
        {
            var line = commands.Single(c => WorkflowCommand.Parse(c).Properties["title"] == f.Code && WorkflowCommand.Parse(c).Message == f.Message);
            var (command, p, _) = WorkflowCommand.Parse(line);
            Assert.Equal(f.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" }, command);
            Assert.Equal("app/judgeeval.yaml", p["file"]);
            Assert.Equal(f.Line!.Value.ToString(CultureInfo.InvariantCulture), p["line"]);
            Assert.Equal(Math.Max(f.Line.Value, f.EndLine!.Value).ToString(CultureInfo.InvariantCulture), p["endLine"]);
            if (f.EndLine == f.Line)
            {
                Assert.Equal((f.Column!.Value.ToString(CultureInfo.InvariantCulture), f.EndColumn!.Value.ToString(CultureInfo.InvariantCulture)), (p["col"], p["endColumn"]));
            }
        }

        Assert.Contains(commands, c => c.StartsWith("::warning file=app/judgeeval.yaml,line=", StringComparison.Ordinal) && c.Contains(",title=JE2001::Judge 'small'", StringComparison.Ordinal));
    }

    [Fact]
    public void On_GitHub_Actions_the_summary_is_appended_with_verdict_judges_findings_and_the_report()
    {
        var summary = Path.Combine(repo.Root, "step-summary.md");
        File.WriteAllText(summary, "earlier step\n");

        var run = CiRun.Start(repo.Manifest, repo.Out, GitHub(summary));

        var text = File.ReadAllText(summary);
        Assert.StartsWith("earlier step\n## ✅ JudgeEval: pass · end-to-end small eval\n", text, StringComparison.Ordinal);
        Assert.Contains("| small | gemma-4-26b | 0.", text, StringComparison.Ordinal);
        Assert.Contains("| 60 | 100.0% | ⚠️ JE2001 |", text, StringComparison.Ordinal);
        Assert.Contains("<details><summary>⚠️ JE2001 Judge agreement below the warning threshold (1)</summary>", text, StringComparison.Ordinal);
        Assert.Contains("- app/judgeeval.yaml:", text, StringComparison.Ordinal);
        Assert.Contains("**Report:** app/obj/judgeeval/report.html · **SARIF:** app/obj/judgeeval/judgeeval.sarif · [this run's artifacts](https://github.com/octo/evals/actions/runs/4242)", text, StringComparison.Ordinal);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void On_Azure_Pipelines_errors_and_warnings_are_logged_issues_and_the_summary_is_uploaded()
    {
        var run = CiRun.Start(repo.Manifest, repo.Out, new Dictionary<string, string> { ["TF_BUILD"] = "True" }, null, "-t", "kappaFail=0.99");

        var issues = run.Commands("##vso[task.logissue ");
        var errors = run.Results.Findings.Where(f => f.Severity != Severity.Info).ToList();
        Assert.Equal(errors.Count, issues.Count);
        var kappa = errors.Single(f => f.Code == "JE2002");
        Assert.Contains($"##vso[task.logissue type=error;sourcepath=app/judgeeval.yaml;linenumber={kappa.Line};columnnumber={kappa.Column};code=JE2002]{kappa.Message.Replace(";", "%3B", StringComparison.Ordinal)}", issues);
        var upload = Assert.Single(run.Commands("##vso[task.uploadsummary]"));
        Assert.Equal("##vso[task.uploadsummary]" + Path.Combine(repo.Out, "judgeeval-summary.md"), upload);
        Assert.StartsWith("## ❌ JudgeEval: fail", File.ReadAllText(Path.Combine(repo.Out, "judgeeval-summary.md")), StringComparison.Ordinal);
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Elsewhere_no_command_is_printed_and_no_summary_written()
    {
        var run = CiRun.Start(repo.Manifest, repo.Out, new Dictionary<string, string> { ["CI"] = "true" });

        Assert.Empty(run.Commands("::"));
        Assert.Empty(run.Commands("##vso["));
        Assert.False(File.Exists(Path.Combine(repo.Out, "judgeeval-summary.md")));
    }

    [Fact]
    public void A_summary_that_cannot_be_written_is_a_finding_and_the_run_goes_on()
    {
        var run = CiRun.Start(repo.Manifest, repo.Out, GitHub(repo.App));

        var problem = Assert.Single(run.Results.Findings, f => f.Code == "JE0106");
        Assert.Equal(Severity.Warning, problem.Severity);
        Assert.Contains(run.Commands("::warning "), c => c.Contains("title=JE0106::", StringComparison.Ordinal));
        Assert.Contains("judgeeval: warning JE0106:", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void An_unusable_input_is_annotated_and_summarised_too()
    {
        File.AppendAllText(repo.Manifest, "unknownKey: 1\n");
        var summary = Path.Combine(repo.Root, "step-summary.md");

        var run = CiRun.Start(repo.Manifest, repo.Out, GitHub(summary));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.Commands("::error "), c => c.StartsWith("::error file=app/judgeeval.yaml,line=", StringComparison.Ordinal));
        var text = File.ReadAllText(summary);
        Assert.StartsWith("## ⛔ JudgeEval: unusable input", text, StringComparison.Ordinal);
        Assert.DoesNotContain("**Report:**", text, StringComparison.Ordinal);
    }

    public void Dispose() => repo.Dispose();
}
