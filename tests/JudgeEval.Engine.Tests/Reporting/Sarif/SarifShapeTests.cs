using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Reporting.Sarif;

namespace JudgeEval.Engine.Tests.Reporting.Sarif;

/// <summary>The shape ARCHITECTURE.md fixes: rules from the catalog, relative URIs under SRCROOT, SARIF's exclusive end column.</summary>
public class SarifShapeTests
{
    [Fact]
    public void Results_point_at_their_rule_and_at_the_manifest_relative_to_SRCROOT()
    {
        var run = SarifFixtures.Run(SarifFixtures.Write([SarifFixtures.Warning("kappa 0.61")], SarifFixtures.Context));

        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("judgeeval", driver.GetProperty("name").GetString());
        Assert.Equal("1.2.3", driver.GetProperty("version").GetString());
        Assert.Equal(DiagnosticCatalog.All.Count, driver.GetProperty("rules").GetArrayLength());

        var result = run.GetProperty("results")[0];
        var rule = driver.GetProperty("rules")[result.GetProperty("ruleIndex").GetInt32()];
        Assert.Equal("JE0070", rule.GetProperty("id").GetString());
        Assert.Equal(result.GetProperty("ruleId").GetString(), rule.GetProperty("id").GetString());
        Assert.Equal("https://docs.example/diagnostics/JE0070.md", rule.GetProperty("helpUri").GetString());
        Assert.Equal(DiagnosticCatalog.Find("JE0070")!.Title, rule.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal("warning", result.GetProperty("level").GetString());

        var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("judgeeval.yaml", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("SRCROOT", physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        var region = physical.GetProperty("region");
        Assert.Equal((12, 5, 12, 10), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(),
            region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));

        var root = run.GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("uri").GetString()!;
        Assert.StartsWith("file:///", root, StringComparison.Ordinal);
        Assert.EndsWith("/je%20sarif/app/", root, StringComparison.Ordinal);
    }

    [Fact]
    public void Info_is_a_note_and_files_outside_the_root_get_absolute_uris()
    {
        var outside = Path.Combine(Path.GetTempPath(), "other", "data.jsonl");
        var run = SarifFixtures.Run(SarifFixtures.Write(
            [new("JE0071", Severity.Info, "n", SourceLocation.At(outside, 2, 3)), new("JE0072", Severity.Error, "e", null)], SarifFixtures.Context));

        var note = run.GetProperty("results")[0];
        Assert.Equal("note", note.GetProperty("level").GetString());
        var artifact = note.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal(new Uri(outside).AbsoluteUri, artifact.GetProperty("uri").GetString());
        Assert.False(artifact.TryGetProperty("uriBaseId", out _));
        Assert.False(run.GetProperty("results")[1].TryGetProperty("locations", out _));
    }

    [Fact]
    public void Fingerprints_survive_moved_lines_and_changed_numbers_but_not_another_judge()
    {
        var root = SarifFixtures.Root;
        var a = SarifFingerprint.Compute(SarifFixtures.Warning("judge 'opus' kappa 0.61", line: 12), root);

        Assert.Equal(a, SarifFingerprint.Compute(SarifFixtures.Warning("judge 'opus' kappa 0.61", line: 30), root));
        Assert.Equal(a, SarifFingerprint.Compute(SarifFixtures.Warning("judge 'opus' kappa 0.58", line: 12), root));
        Assert.NotEqual(a, SarifFingerprint.Compute(SarifFixtures.Warning("judge 'gemma' kappa 0.61", line: 12), root));
        Assert.Matches("^[0-9A-F]{64}$", a);
    }
}
