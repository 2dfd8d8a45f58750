using System.Text.Json;
using JudgeEval.Engine.Tests.Workspace;

namespace JudgeEval.Engine.Tests.History;

/// <summary>
/// The run history on the real TREC RAG 2024 sample: three runs in which the judge "sonnet" is replaced by the data of
/// a weaker real judge (gemma). Its kappa falls from 0.51 to 0.40, yet the two 95% intervals still overlap
/// ([0.45, 0.57] and [0.34, 0.46]), so JE2050 stays silent: a drop within resampling noise is not a finding.
/// </summary>
public sealed class HistoryRealDataTests : IDisposable
{
    readonly string dir = Directory.CreateTempSubdirectory("judgeeval-history-real-").FullName;

    [Fact]
    public void Three_runs_on_the_TREC_sample_record_each_judge_and_an_overlapping_drop_is_no_finding()
    {
        var data = Path.Combine(RepoRoot.Path, "samples", "data").Replace('\\', '/') + "/";
        var sample = File.ReadAllText(Path.Combine(RepoRoot.Path, "samples", "TrecRag2024", "judgeeval.yaml")).Replace("../data/", data, StringComparison.Ordinal)
            + "\nhistory:\n  path: history.jsonl\n";
        var manifest = Path.Combine(dir, "judgeeval.yaml");
        var none = new Dictionary<string, string>();

        File.WriteAllText(manifest, sample);
        var first = CiRun.Start(manifest, Path.Combine(dir, "out"), none, CiRun.Noon);
        var second = CiRun.Start(manifest, Path.Combine(dir, "out"), none, CiRun.Noon.AddDays(1));
        File.WriteAllText(manifest, sample.Replace("key: \"Claude Sonnet 4.6 (OpenRouter)\"", "key: \"Gemma 4 26B (OpenRouter)\"", StringComparison.Ordinal));
        var third = CiRun.Start(manifest, Path.Combine(dir, "out"), none, CiRun.Noon.AddDays(2));

        var records = File.ReadAllLines(Path.Combine(dir, "history.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, records.Count);
        Assert.All(records, r => Assert.Equal(JsonValueKind.Null, r.GetProperty("commit").ValueKind));
        Assert.All(records, r => Assert.Equal(9, r.GetProperty("judges").GetArrayLength()));
        var sonnet = records.Select(r => r.GetProperty("judges").EnumerateArray().Single(j => j.GetProperty("id").GetString() == "sonnet")).ToList();
        Assert.Equal(first.Results.Judge("sonnet")!.VsHuman!.Kappa, sonnet[0].GetProperty("kappa").GetDouble());
        Assert.Equal(sonnet[0].GetProperty("kappa").GetDouble(), sonnet[1].GetProperty("kappa").GetDouble());
        Assert.Equal(third.Results.Judge("gemma")!.VsHuman!.Kappa, sonnet[2].GetProperty("kappa").GetDouble());
        Assert.Equal("claude-sonnet-4.6", sonnet[2].GetProperty("model").GetString());
        Assert.Equal(0.51, sonnet[1].GetProperty("kappa").GetDouble(), 2);
        Assert.Equal(0.40, sonnet[2].GetProperty("kappa").GetDouble(), 2);
        Assert.True(sonnet[2].GetProperty("kappaCi95")[1].GetDouble() >= sonnet[1].GetProperty("kappaCi95")[0].GetDouble());
        Assert.DoesNotContain(second.Results.Findings.Concat(third.Results.Findings), f => f.Code == "JE2050");
        Assert.Equal(3, third.Results.History!.Runs.Count);
    }

    public void Dispose() => Directory.Delete(dir, recursive: true);
}
