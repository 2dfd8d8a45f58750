using System.Text.Json;
using System.Text.RegularExpressions;

namespace JudgeEval.EndToEnd.Tests;

/// <summary>A consumer project in its own temp folder: NuGet.Config (the local feed, then nuget.org), global.json, a csproj.</summary>
sealed partial class Consumer
{
    readonly PackagesFixture packages;

    Consumer(PackagesFixture packages, string dir)
    {
        this.packages = packages;
        Dir = dir;
    }

    public string Dir { get; }

    public string OutputDir => Path.Combine(Dir, "obj", "judgeeval");

    public string Results => Path.Combine(OutputDir, "results.json");

    public static Consumer Create(PackagesFixture packages, string name, string targetFrameworks = "<TargetFramework>net10.0</TargetFramework>", string properties = "")
    {
        var dir = Directory.CreateDirectory(Path.Combine(packages.Root, "consumers", name)).FullName;
        ConsumerFolder.WriteRestoreFiles(dir, packages.Feed);
        File.WriteAllText(Path.Combine(dir, Path.GetFileName(name) + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                {targetFrameworks}
                <RestorePackagesPath>{packages.Packages}</RestorePackagesPath>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="JudgeEval.Tasks" Version="{packages.Version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        return new Consumer(packages, dir);
    }

    public ProcessResult Build(params string[] args) =>
        TestSupport.Dotnet.Run(Dir, packages.Packages, ["build", "-nodeReuse:false", "-tl:off", .. args]);

    /// <summary>A build with extra environment variables, as a CI system sets them.</summary>
    public ProcessResult BuildWith(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        TestSupport.Dotnet.Run(environment, Dir, packages.Packages, ["build", "-nodeReuse:false", "-tl:off", .. args]);

    public ProcessResult Dotnet(params string[] args) => TestSupport.Dotnet.Run(Dir, packages.Packages, args);

    /// <summary>
    /// The project evaluated as tools do it, without a build: `dotnet msbuild` with `-getProperty:`/`-getItem:`
    /// <paramref name="switches"/>; the JSON it prints, whose `Properties` and `Items` hold what was asked for.
    /// </summary>
    public JsonElement Evaluate(params string[] switches)
    {
        var result = Dotnet(["msbuild", .. switches]);
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output[result.Output.IndexOf('{', StringComparison.Ordinal)..]);
        return json.RootElement.Clone();
    }

    /// <summary>Each located warning or error line once (MSBuild repeats them in its closing summary).</summary>
    public static IReadOnlyList<Match> Findings(ProcessResult result, string level) =>
        [.. Finding().Matches(result.Output).Where(m => m.Groups["level"].Value == level).DistinctBy(m => m.Value)];

    public static IReadOnlyList<string> Codes(ProcessResult result, string level) =>
        [.. Findings(result, level).Select(m => m.Groups["code"].Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"judgeeval\.yaml\((?<line>\d+),(?<col>\d+)(,\d+,\d+)?\): (?<level>warning|error) (?<code>JE\d{4}): [^\n]*")]
    private static partial Regex Finding();
}
