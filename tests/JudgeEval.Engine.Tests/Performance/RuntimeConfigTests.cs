using System.Text.Json;

namespace JudgeEval.Engine.Tests.Performance;

/// <summary>
/// The runtime settings docs/benchmarks.md measured are the ones the engine ships with: judgeeval.runtimeconfig.json,
/// as the build writes it from the engine's project, carries each of them.
/// </summary>
public sealed class RuntimeConfigTests
{
    [Theory]
    [InlineData("System.GC.ConserveMemory", "5")]
    [InlineData("System.Runtime.TieredPGO", "false")]
    [InlineData("System.Runtime.TieredCompilation.CallCountingDelayMs", "0")]
    [InlineData("System.Runtime.TieredCompilation.CallCountThreshold", "2000")]
    [InlineData("System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported", "false")]
    public void The_engine_runs_with_the_measured_setting(string name, string value)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "judgeeval.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));

        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.True(properties.TryGetProperty(name, out var setting), $"{name} is missing from {path}");
        Assert.Equal(value, setting.GetRawText());
    }
}
