using System.Text.RegularExpressions;

namespace JudgeEval.Engine.Tests.Architecture;

/// <summary>A test that cannot run on this system shows as skipped, with its reason; it never passes by returning early.</summary>
public sealed partial class SkippedTestsTests
{
    [Fact]
    public void No_test_returns_early_on_an_operating_system()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(RepoRoot.Path, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => EarlyReturn().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(RepoRoot.Path, f))
            .ToList();

        Assert.True(offenders.Count == 0, "use [UnixFact]/[UnixTheory] instead of an early return in: " + string.Join(", ", offenders));
    }

    [Fact]
    public void Unix_only_facts_are_skipped_exactly_on_windows()
    {
        Assert.Equal(OperatingSystem.IsWindows(), new UnixFactAttribute("why").Skip is not null);
        Assert.Equal(OperatingSystem.IsWindows(), new UnixTheoryAttribute("why").Skip is not null);
    }

    [GeneratedRegex(@"if \(!?OperatingSystem\.Is\w+\(\)\)\s*\{\s*return;")]
    private static partial Regex EarlyReturn();
}
