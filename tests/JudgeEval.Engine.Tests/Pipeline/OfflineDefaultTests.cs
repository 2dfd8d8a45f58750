using JudgeEval.Engine.Judging;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Pipeline;

namespace JudgeEval.Engine.Tests.Pipeline;

/// <summary>Offline by default only on CI without the key; the command line wins over the manifest, the manifest over the default.</summary>
public sealed class OfflineDefaultTests : IDisposable
{
    readonly LiveEvalFolder folder = new();

    EvalManifest Manifest(string cache = "")
    {
        folder.WriteManifests("http://127.0.0.1:9/v1", cache: cache);
        var loaded = ManifestLoader.Load(folder.LiveManifest);
        Assert.True(loaded.Manifest is not null, string.Join(" | ", loaded.Diagnostics.Select(d => d.ToCanonicalString())));
        return loaded.Manifest;
    }

    Func<string, string?> Env(string? ci, bool key) => name => name == "CI" ? ci : name == folder.KeyVariable && key ? "k" : null;

    [Theory]
    [InlineData("true", false, true)]
    [InlineData("TRUE", false, true)]
    [InlineData("1", false, true)]
    [InlineData("true", true, false)]
    [InlineData(null, false, false)]
    [InlineData("false", false, false)]
    public void Default_is_offline_on_ci_when_a_key_is_unset(string? ci, bool key, bool expected) =>
        Assert.Equal(expected, LiveJudgingStep.Offline(Manifest(), null, Env(ci, key)));

    [Fact]
    public void Command_line_wins_then_the_manifest()
    {
        var m = Manifest("cache: { offline: false }");

        Assert.False(LiveJudgingStep.Offline(m, null, Env("true", key: false)));
        Assert.True(LiveJudgingStep.Offline(m, true, Env(null, key: true)));
        Assert.False(LiveJudgingStep.Offline(Manifest("cache: { offline: true }"), false, Env(null, key: true)));
    }

    [Fact]
    public void The_default_cache_is_under_the_output_folder()
    {
        var m = Manifest();

        var request = LiveJudgingStep.Request(m, [], "some/out", offline: false, Env(null, key: true));

        Assert.Equal(Path.Combine(Path.GetFullPath("some/out"), "cache"), request.Cache.Path);
        Assert.Equal(["gpt", "claude"], request.Judges.Select(j => j.JudgeId));
        Assert.Equal(folder.KeyVariable, Assert.Single(request.Endpoints).ApiKeyEnv);
        Assert.Equal(new ModelPrice(2.5, 10), request.Endpoints[0].Prices["openai/gpt-4o"]);
    }

    public void Dispose() => folder.Dispose();
}
