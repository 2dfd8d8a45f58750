using System.Text.RegularExpressions;

namespace JudgeEval.EndToEnd.Tests;

/// <summary>
/// `dotnet new install JudgeEval.Templates` from the local feed (into a private template hive, so the user's templates
/// are untouched), `dotnet new judgeeval`, then the first build of the generated project, as the README shows it.
/// </summary>
[Collection(EndToEndCollection.Name)]
public partial class TemplateTests(PackagesFixture packages)
{
    [Fact]
    public void The_template_installs_from_the_feed_and_its_first_build_reports_the_readmes_findings()
    {
        var work = Directory.CreateDirectory(Path.Combine(packages.Root, "template")).FullName;
        var hive = Path.Combine(work, "hive");
        var install = Dotnet.Run(work, packages.Packages, "new", "install", $"JudgeEval.Templates::{packages.Version}", "--add-source", packages.Feed, "--debug:custom-hive", hive);
        Assert.True(install.ExitCode == 0, install.ToString());
        Assert.Contains("judgeeval", install.Output, StringComparison.Ordinal);

        var create = Dotnet.Run(work, packages.Packages, "new", "judgeeval", "-o", "MyEval", "--debug:custom-hive", hive);
        Assert.True(create.ExitCode == 0, create.ToString());
        var project = Path.Combine(work, "MyEval");
        var csproj = File.ReadAllText(Path.Combine(project, "MyEval.csproj"));
        Assert.Contains($"""<PackageReference Include="JudgeEval.Tasks" Version="{packages.Version}" PrivateAssets="all" />""", csproj, StringComparison.Ordinal);
        Assert.Contains("<TargetFramework>net8.0</TargetFramework>", csproj, StringComparison.Ordinal);
        Assert.All(["judgeeval.yaml", "eval/items.jsonl", "eval/labels.jsonl", "eval/judge.jsonl"], f => Assert.True(File.Exists(Path.Combine(project, f)), f));
        ConsumerFolder.WriteRestoreFiles(project, packages.Feed);

        var build = Dotnet.Run(project, packages.Packages, "build", "-nodeReuse:false", "-tl:off");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(["JE1001", "JE2004"], Consumer.Codes(build, "warning"));
        Assert.Empty(Consumer.Findings(build, "error"));
        var readme = ReadmeFindings();
        Assert.NotEmpty(readme);
        Assert.All(readme, line => Assert.Contains(Path.Combine(project, line), build.Output, StringComparison.Ordinal));
        Assert.Contains("JudgeEval report: " + Path.Combine(project, "obj", "judgeeval", "report.html"), build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_framework_and_version_options_set_the_target_framework_and_the_package_version()
    {
        var work = Directory.CreateDirectory(Path.Combine(packages.Root, "template-framework")).FullName;
        var hive = Path.Combine(work, "hive");
        var nupkg = Path.Combine(packages.Feed, $"JudgeEval.Templates.{packages.Version}.nupkg");
        Assert.Equal(0, Dotnet.Run(work, packages.Packages, "new", "install", nupkg, "--debug:custom-hive", hive).ExitCode);

        var create = Dotnet.Run(work, packages.Packages, "new", "judgeeval", "-o", "Net10Eval", "--framework", "net10.0", "--judgeeval-version", "1.2.3", "--debug:custom-hive", hive);

        Assert.True(create.ExitCode == 0, create.ToString());
        var csproj = File.ReadAllText(Path.Combine(work, "Net10Eval", "Net10Eval.csproj"));
        Assert.Contains("<TargetFramework>net10.0</TargetFramework>", csproj, StringComparison.Ordinal);
        Assert.Contains("""<PackageReference Include="JudgeEval.Tasks" Version="1.2.3" PrivateAssets="all" />""", csproj, StringComparison.Ordinal);
    }

    /// <summary>The finding lines the README's template section shows, from `judgeeval.yaml(` on (paths differ).</summary>
    static List<string> ReadmeFindings()
    {
        var section = File.ReadLines(Path.Combine(RepoRoot.Path, "README.md"))
            .SkipWhile(l => l != "## Start from the template")
            .Skip(1)
            .TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal));
        return [.. section.Select(l => ReadmeFinding().Match(l)).Where(m => m.Success).Select(m => m.Value)];
    }

    [GeneratedRegex(@"judgeeval\.yaml\(\d+,\d+,\d+,\d+\): (warning|error) JE\d{4}: .*$")]
    private static partial Regex ReadmeFinding();
}
