using System.Net;
using System.Net.Sockets;
using JudgeEval.Engine.Cli;

namespace JudgeEval.Engine.Tests.Labelling;

/// <summary>The command line of `judgeeval label`: one stdout line, coded failures, a clean stop.</summary>
public class LabelCommandTests
{
    static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var code = LabelCommand.Run(args, stdout, stderr, TimeProvider.System, cancel.Token);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Stdout_carries_exactly_the_url_line_and_a_stop_saves_nothing_unasked()
    {
        using var eval = new LabelEval();

        var (code, stdout, stderr) = Run(eval.Manifest, "--annotator", "alice");

        Assert.Equal(CommandLine.Clean, code);
        var line = Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches("^Labelling at http://127\\.0\\.0\\.1:[0-9]+/\\?token=[A-Za-z0-9_-]{43}$", line);
        Assert.Contains("warning JE0083", stderr, StringComparison.Ordinal);
        Assert.Contains("0 labels saved", stderr, StringComparison.Ordinal);
        Assert.Equal(0, new FileInfo(eval.LabelsFile("alice")).Length);
    }

    [Fact]
    public void Help_prints_the_usage()
    {
        var (code, stdout, _) = Run("--help");

        Assert.Equal(CommandLine.Clean, code);
        Assert.StartsWith("usage: judgeeval label <manifest> --annotator NAME", stdout, StringComparison.Ordinal);
        Assert.Contains("judgeeval label <manifest>", CommandLine.Usage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_command_line_is_JE0090()
    {
        var (code, stdout, stderr) = Run("m.yaml", "--annotator", "../x");

        Assert.Equal(CommandLine.UnusableInput, code);
        Assert.Empty(stdout);
        Assert.StartsWith("judgeeval: error JE0090: --annotator must be", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_port_in_use_is_JE0081()
    {
        using var eval = new LabelEval();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var (code, stdout, stderr) = Run(eval.Manifest, "--annotator", "alice", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(CommandLine.UnusableInput, code);
        Assert.Empty(stdout);
        Assert.Contains("error JE0081: Cannot listen on 127.0.0.1 at port " + port, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Unusable_input_is_reported_and_nothing_is_served()
    {
        using var eval = new LabelEval();

        var (code, stdout, stderr) = Run(Path.Combine(eval.Folder, "missing.yaml"), "--annotator", "alice");

        Assert.Equal(CommandLine.UnusableInput, code);
        Assert.Empty(stdout);
        Assert.Contains("error JE0091", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void When_every_selected_item_has_a_label_there_is_nothing_to_serve()
    {
        using var eval = new LabelEval(items: 4, extra: "humanLabels: { path: labels.jsonl, format: jsonl }");
        eval.Write("labels.jsonl", string.Concat(Enumerable.Range(0, 4).Select(i => $"{{\"id\":\"{LabelEval.Id(i)}\",\"label\":1,\"annotator\":\"alice\"}}\n")));

        var (code, stdout, stderr) = Run(eval.Manifest, "--annotator", "alice", "--take", "random");

        Assert.Equal(CommandLine.Clean, code);
        Assert.Empty(stdout);
        Assert.Contains("nothing to label: alice has labelled all 4 selected items", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Items_other_annotators_or_unnamed_rows_labelled_are_served_and_the_start_line_says_so()
    {
        using var eval = new LabelEval(items: 4, extra: "humanLabels: { path: labels.jsonl, format: jsonl }");
        eval.Write("labels.jsonl", "{\"id\":\"item-00\",\"label\":1}\n{\"id\":\"item-01\",\"label\":2,\"annotator\":\"bob\"}\n");

        var (code, stdout, stderr) = Run(eval.Manifest, "--annotator", "alice", "--take", "random");

        Assert.Equal(CommandLine.Clean, code);
        Assert.StartsWith("Labelling at ", stdout, StringComparison.Ordinal);
        Assert.Contains("4 of 4 selected items to label (a random draw), 2 of them with another annotator's label", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_label_verb_is_dispatched()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        Assert.Equal(CommandLine.UnusableInput, CommandLine.Run(["label"], stdout, stderr));
        Assert.Contains("missing the manifest path", stderr.ToString(), StringComparison.Ordinal);
    }
}
