using System.Net;
using System.Net.Sockets;
using JudgeEval.Engine.Results;
using JudgeEval.TestSupport.Server;

namespace JudgeEval.Engine.Tests.Pipeline;

/// <summary>
/// Live judging that measured nothing never passes: every call refused (401) or a server that is down gives each live
/// judge JE5003 (exit 1); live judging that is only partly answered is inconclusive and fails the build (JE5005, exit 1).
/// </summary>
public sealed class LiveFailClosedTests : IDisposable
{
    readonly LiveEvalFolder folder = new();

    [Fact]
    public void A_wrong_key_on_every_call_fails_naming_each_judge_and_the_reason()
    {
        using var server = FakeOpenAiServer.Start(_ => ScriptedReply.Error(401));
        folder.WriteManifests(server.BaseUrl);

        var run = LiveEvalFolder.Run(folder.LiveManifest, folder.Out("out"), "--online");

        Assert.Equal(1, run.Exit);
        Assert.Equal(VerdictOutcome.Fail, run.Results!.Verdict.Outcome);
        Assert.Contains("error JE5003: Judge 'gpt' has no valid verdict for any of its 40 items (http 401: 40)", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("error JE5003: Judge 'claude'", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("judgeeval: pass", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_server_that_is_down_fails()
    {
        folder.WriteManifests($"http://127.0.0.1:{FreePort()}/v1");

        var run = LiveEvalFolder.Run(folder.LiveManifest, folder.Out("out"), "--online");

        Assert.Equal(1, run.Exit);
        Assert.Equal(2, run.Results!.Findings.Count(f => f.Code == "JE5003" && f.Severity == Engine.Diagnostics.Severity.Error));
    }

    [Fact]
    public void Partly_failed_live_judging_is_inconclusive_and_fails_the_build_unless_allowed()
    {
        using var server = FakeOpenAiServer.Start(r => r.UserText.Contains("passage 5 ", StringComparison.Ordinal) ? ScriptedReply.Error(500) : LiveEvalFolder.Answer(r));
        folder.WriteManifests(server.BaseUrl);

        var run = LiveEvalFolder.Run(folder.LiveManifest, folder.Out("out"), "--online");

        Assert.False(run.Results!.Live!.Complete);
        Assert.Equal(VerdictOutcome.Inconclusive, run.Results.Verdict.Outcome);
        Assert.Contains(run.Results.Findings, f => f.Code == "JE5005" && f.Severity == Engine.Diagnostics.Severity.Error);
        Assert.Equal(1, run.Exit);

        var allowed = LiveEvalFolder.Run(folder.LiveManifest, folder.Out("allowed"), "--online", "--threshold", "allowInconclusive=true");
        Assert.Equal(VerdictOutcome.Inconclusive, allowed.Results!.Verdict.Outcome);
        Assert.Contains(allowed.Results.Findings, f => f.Code == "JE5005" && f.Severity == Engine.Diagnostics.Severity.Warning);
        Assert.Equal(0, allowed.Exit);
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => folder.Dispose();
}
