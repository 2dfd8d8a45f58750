using JudgeEval.Engine.Cli;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Pipeline;
using JudgeEval.Engine.Tests.Audit;

namespace JudgeEval.Engine.Tests.Data;

/// <summary>
/// A summary keeps the severity of what it summarises (JE0077 over JE0067 warnings is a warning), and the state behind
/// it is the error: declared humanLabels that gave no item a usable label is JE0076 once, with the reason.
/// </summary>
public sealed class LabelShortfallTests : IDisposable
{
    readonly AuditCase c = PointwiseCase.Start();

    RunOutcome Run(Action<string>? writeJudge = null)
    {
        if (writeJudge is null)
        {
            c.Scores("a.jsonl", PointwiseCase.Perfect);
        }
        else
        {
            writeJudge("a.jsonl");
        }

        c.Write("judgeeval.yaml", PointwiseCase.Manifest("", ("a", "claude-3.5-sonnet")));
        return EvalRunner.Run(new RunArguments { Manifest = c.ManifestPath }, AuditCase.Today);
    }

    [Fact]
    public void A_label_column_under_another_name_is_one_error_with_the_reason_and_warnings_stay_warnings()
    {
        c.Write("labels.jsonl", string.Concat(Enumerable.Range(0, 40).Select(i => $"{{\"id\": \"i{i}\", \"grade\": {i % 4}}}\n")));

        // Rows without a label are "not labelled", no problem each; 40 unreadable judge scores are 40 JE0056 warnings.
        var outcome = Run(judge => c.Write(judge, string.Concat(Enumerable.Range(0, 40).Select(i => $"{{\"id\": \"i{i}\", \"score\": \"n/a\"}}\n"))));

        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == "JE0067");
        Assert.Equal(10, outcome.Diagnostics.Count(d => d.Code == "JE0056"));
        var summary = Assert.Single(outcome.Diagnostics, d => d.Code == "JE0077");
        Assert.Equal(Severity.Warning, summary.Severity);
        Assert.Contains("30 more JE0056", summary.Message, StringComparison.Ordinal);
        var error = Assert.Single(outcome.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("JE0076", error.Code);
        Assert.Contains("none of its 40 rows has a `label` value", error.Message, StringComparison.Ordinal);
        Assert.Contains("'grade'", error.Message, StringComparison.Ordinal);
        Assert.Equal(c.Line("humanLabels:"), error.Location!.Line);
        Assert.Equal(2, outcome.ExitCode);
    }

    [Fact]
    public void Labels_whose_ids_match_no_item_say_so_with_an_example_of_each()
    {
        c.Write("labels.jsonl", string.Concat(Enumerable.Range(0, 40).Select(i => $"{{\"id\": \"doc-{i}\", \"label\": {i % 4}}}\n")));

        var error = Assert.Single(Run().Diagnostics, d => d.Code == "JE0076");

        Assert.Contains("none of its 40 labels names an item id (labels name e.g. 'doc-0', the items e.g. 'i0')", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Summarised_errors_stay_errors()
    {
        c.Write("labels.jsonl", string.Concat(Enumerable.Range(0, 40).Select(i => $"{{\"id\": \"i{i}\", \"label\": 9}}\n")));

        var summary = Assert.Single(Run().Diagnostics, d => d.Code == "JE0077");

        Assert.Equal(Severity.Error, summary.Severity);
        Assert.Contains("JE0073", summary.Message, StringComparison.Ordinal);
    }

    public void Dispose() => c.Dispose();
}
