using System.Text.RegularExpressions;

namespace JudgeEval.Engine.Tests.Architecture;

/// <summary>
/// The engine's layers: statistics know nothing of the engine, analysis and audit work on the typed results model, and
/// only the writers know output formats. Checked on the sources, so a new file cannot slip past.
/// </summary>
public class LayeringTests
{
    static readonly string Engine = Path.Combine(RepoRoot.Path, "src", "JudgeEval.Engine");

    [Theory]
    [InlineData("Analysis")]
    [InlineData("Audit")]
    [InlineData("Statistics")]
    [InlineData("Results")]
    public void Facts_and_rules_do_not_depend_on_output_formats(string folder) =>
        Assert.Empty(Using(folder, @"JudgeEval\.Engine\.Reporting"));

    [Fact]
    public void Statistics_depend_on_no_layer_above_them() =>
        Assert.Empty(Using("Statistics", @"JudgeEval\.Engine\.(Analysis|Audit|Cli|Import|Judging|Manifest|Pipeline|Reporting|Results)"));

    [Fact]
    public void Rules_compare_no_display_strings() =>
        Assert.Empty(Matching("Audit", new Regex(@"(Outcome|Test|Method|Relation|Weighting|Severity|Kind)\s*==\s*""", RegexOptions.None, TimeSpan.FromSeconds(1))));

    static List<string> Using(string folder, string pattern) =>
        Matching(folder, new Regex(@"^using (static )?" + pattern, RegexOptions.Multiline, TimeSpan.FromSeconds(1)));

    static List<string> Matching(string folder, Regex regex) =>
        [.. Directory.EnumerateFiles(Path.Combine(Engine, folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => regex.IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(Engine, f))];
}
