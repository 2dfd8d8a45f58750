using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace JudgeEval.EndToEnd.Tests;

/// <summary>
/// The package carries a portable net8.0 engine and a ReadyToRun net10.0 engine per runtime; a build on a .NET 10 SDK
/// runs the one for the SDK's runtime, and JudgeEvalReadyToRun=false (or an MSBuild without DOTNET_HOST_PATH) the
/// portable one, with the same findings.
/// </summary>
[Collection(EndToEndCollection.Name)]
public class ReadyToRunEngineTests(PackagesFixture packages)
{
    static readonly string[] Runtimes = ["linux-x64", "linux-arm64", "win-x64", "osx-arm64"];

    [Fact]
    public void The_package_has_a_portable_engine_and_a_precompiled_one_per_runtime()
    {
        using var package = ZipFile.OpenRead(Directory.GetFiles(packages.Feed, $"JudgeEval.Tasks.{packages.Version}.nupkg").Single());

        Assert.False(Precompiled(package, "tools/engine/judgeeval.dll"));
        Assert.Equal("net8.0", TargetFramework(package, "tools/engine/"));
        foreach (var runtime in Runtimes)
        {
            Assert.True(Precompiled(package, $"tools/engine-{runtime}/judgeeval.dll"), runtime);
            Assert.Equal("net10.0", TargetFramework(package, $"tools/engine-{runtime}/"));
            Assert.NotNull(package.GetEntry($"tools/engine-{runtime}/YamlDotNet.dll"));
            Assert.NotNull(package.GetEntry($"tools/engine-{runtime}/docs/diagnostics/JE0093.md"));
        }
    }

    [Fact]
    public void A_build_runs_the_engine_for_the_SDKs_runtime_and_JudgeEvalReadyToRun_false_the_portable_one_with_the_same_findings()
    {
        var precompiled = Consumer.Create(packages, "readytorun");
        var portable = Consumer.Create(packages, "portable", properties: "<JudgeEvalReadyToRun>false</JudgeEvalReadyToRun>");
        SmallEval.WriteTo(precompiled.Dir);
        SmallEval.WriteTo(portable.Dir);
        Assert.Equal(0, precompiled.Dotnet("restore").ExitCode);
        Assert.Equal(0, portable.Dotnet("restore").ExitCode);

        var (runtime, engine) = Properties(precompiled);
        var expected = Runtimes.Contains(runtime) ? $"engine-{runtime}" : "engine";
        Assert.Equal(expected, Path.GetFileName(Path.GetDirectoryName(engine)));
        Assert.Equal("engine", Path.GetFileName(Path.GetDirectoryName(Properties(portable).Engine)));
        // An MSBuild that does not say which dotnet runs the engine (no DOTNET_HOST_PATH) gets the portable engine too.
        Assert.Equal("engine", Path.GetFileName(Path.GetDirectoryName(Properties(precompiled, "-p:DOTNET_HOST_PATH=").Engine)));

        var fast = precompiled.Build("-v:n");
        var slow = portable.Build("-v:n");

        Assert.True(fast.ExitCode == 0, fast.ToString());
        Assert.True(slow.ExitCode == 0, slow.ToString());
        Assert.Contains(engine, fast.Output, StringComparison.Ordinal);
        Assert.NotEmpty(Consumer.Findings(fast, "warning"));
        Assert.Equal(Messages(slow, portable), Messages(fast, precompiled));
    }

    static bool Precompiled(ZipArchive package, string path)
    {
        using var stream = new MemoryStream();
        using (var entry = package.GetEntry(path)!.Open())
        {
            entry.CopyTo(stream);
        }

        stream.Position = 0;
        using var pe = new PEReader(stream);
        return pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
    }

    static string TargetFramework(ZipArchive package, string folder)
    {
        using var config = JsonDocument.Parse(package.GetEntry(folder + "judgeeval.runtimeconfig.json")!.Open());
        return config.RootElement.GetProperty("runtimeOptions").GetProperty("tfm").GetString()!;
    }

    static (string Runtime, string Engine) Properties(Consumer consumer, params string[] args)
    {
        var properties = consumer.Evaluate(["-getProperty:NETCoreSdkRuntimeIdentifier", "-getProperty:JudgeEvalEngineAssembly", .. args]).GetProperty("Properties");
        return (properties.GetProperty("NETCoreSdkRuntimeIdentifier").GetString()!, Path.GetFullPath(properties.GetProperty("JudgeEvalEngineAssembly").GetString()!));
    }

    /// <summary>The findings, with the consumer's folder and project (which differ between the two) taken out.</summary>
    static IReadOnlyList<string> Messages(ProcessResult build, Consumer consumer) =>
        [.. Consumer.Findings(build, "warning").Concat(Consumer.Findings(build, "error"))
            .Select(m => Regex.Replace(m.Value.Replace(consumer.Dir, "<consumer>", StringComparison.Ordinal), @" \[[^\]]*\]$", ""))];
}
