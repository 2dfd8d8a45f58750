using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Reporting.Sarif;

namespace JudgeEval.Engine.Tests.Reporting.Sarif;

/// <summary>The next run's baseline is the previous SARIF log, so reading it back must give the same diagnostics.</summary>
public class SarifLogReaderTests
{
    [Fact]
    public void Reads_back_what_the_writer_wrote_and_drops_absent_results()
    {
        var outside = Path.Combine(Path.GetTempPath(), "other", "data.jsonl");
        Diagnostic[] written =
        [
            SarifFixtures.Warning("judge 'opus' kappa 0.61"),
            new("JE0071", Severity.Info, "n", new SourceLocation(outside, 2, 3, 4, 5)),
            new("JE0072", Severity.Error, "e", null),
        ];
        var withGone = SarifFixtures.Context with { Baseline = [new("JE0073", Severity.Warning, "gone", null)] };

        Assert.Equal(written, SarifLogReader.Parse(SarifFixtures.Write(written, withGone)));
    }

    [Fact]
    public void A_baseline_log_on_disk_sets_the_states_and_a_missing_one_is_no_baseline()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("je-sarif-").FullName, "judgeeval.sarif");
        var before = SarifFixtures.Warning("judge 'opus' kappa 0.61");
        File.WriteAllText(path, SarifFixtures.Write([before], SarifFixtures.Context));

        var states = SarifBaseline.Compare([before, SarifFixtures.Warning("judge 'gemma' kappa 0.5")], SarifFixtures.Context with { BaselineSarif = path });

        Assert.Equal(["unchanged", "new"], states.Select(s => s.State));
        Assert.Null(SarifLogReader.Read(path + ".missing"));
    }
}
