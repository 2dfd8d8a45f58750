using System.Globalization;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Statistics.Annotators;

namespace JudgeEval.Engine.Tests.Statistics.Annotators;

/// <summary>
/// The alternative annotator test reproduces the authors' published output: github.com/nitaytech/AltTest,
/// alt_test_example.ipynb (commit 18428b1), cell "Example (paper's data)", printed to two decimals. The data are that
/// repository's mtbench and cebab_stars annotations (Statistics/AltTestData, see its README). All 52 lines of the
/// notebook's output were reproduced when this test was written; these two data sets cover both scorings, winning
/// rates from 0 to 0.9 and ten annotators under the Benjamini-Yekutieli procedure.
/// </summary>
public class AltTestReproductionTests
{
    static readonly string Data = Path.Combine(RepoRoot.Path, "tests", "JudgeEval.Engine.Tests", "Statistics", "AltTestData");

    public static TheoryData<string, string, string> Printed => new()
    {
        { "mtbench", "gemini_flash", "FAILED]:\tWinning Rate=0.00\tAdvantage Probability=0.72" },
        { "mtbench", "gemini_pro", "FAILED]:\tWinning Rate=0.00\tAdvantage Probability=0.76" },
        { "mtbench", "gpt-4o", "FAILED]:\tWinning Rate=0.00\tAdvantage Probability=0.77" },
        { "mtbench", "llama-31", "FAILED]:\tWinning Rate=0.00\tAdvantage Probability=0.69" },
        { "mtbench", "gpt-4o-mini", "FAILED]:\tWinning Rate=0.00\tAdvantage Probability=0.74" },
        { "mtbench", "mistral-v03", "FAILED]:\tWinning Rate=0.00\tAdvantage Probability=0.68" },
        { "cebab_stars", "gemini_flash", "PASSED]:\tWinning Rate=0.60\tAdvantage Probability=0.82" },
        { "cebab_stars", "gemini_pro", "PASSED]:\tWinning Rate=0.80\tAdvantage Probability=0.87" },
        { "cebab_stars", "gpt-4o", "PASSED]:\tWinning Rate=0.90\tAdvantage Probability=0.90" },
        { "cebab_stars", "llama-31", "PASSED]:\tWinning Rate=0.60\tAdvantage Probability=0.85" },
        { "cebab_stars", "gpt-4o-mini", "PASSED]:\tWinning Rate=0.90\tAdvantage Probability=0.89" },
        { "cebab_stars", "mistral-v03", "PASSED]:\tWinning Rate=0.50\tAdvantage Probability=0.83" },
    };

    [Theory]
    [MemberData(nameof(Printed))]
    public void Reproduces_the_notebooks_printed_line(string dataset, string llm, string printed)
    {
        var (annotators, llms) = Read(dataset);
        var (scoring, epsilon) = dataset == "mtbench" ? (AltTestScoring.Accuracy, 0.2) : (AltTestScoring.NegativeRmse, 0.1);

        var outcome = AlternativeAnnotatorTest.Run(llms[llm], annotators, scoring, epsilon);

        var line = string.Create(CultureInfo.InvariantCulture, $"{(outcome.WinningRate >= 0.5 ? "PASSED" : "FAILED")}]:\tWinning Rate={outcome.WinningRate:F2}\tAdvantage Probability={outcome.AdvantageProbability:F2}");
        Assert.Equal(printed, line);
        Assert.Equal(outcome.WinningRate >= 0.5, outcome.Passed);
    }

    [Fact]
    public void Cebab_stars_tests_every_annotator_under_ten_way_fdr_control()
    {
        var (annotators, llms) = Read("cebab_stars");

        var outcome = AlternativeAnnotatorTest.Run(llms["gpt-4o"], annotators, AltTestScoring.NegativeRmse, 0.1);

        Assert.Equal(10, outcome.Annotators.Count(a => a.Tested));
        Assert.Equal(9, outcome.Annotators.Count(a => a.Rejected));
        Assert.Equal(711, outcome.Items);
    }

    /// <summary>Annotator columns come first, then the six LLMs (the header names them); labels first/second/tie or grades.</summary>
    static (List<(string, IReadOnlyList<double?>)> Annotators, Dictionary<string, double?[]> Llms) Read(string dataset)
    {
        var lines = File.ReadAllLines(Path.Combine(Data, dataset + ".csv"));
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        string[] llmNames = ["gemini_flash", "gemini_pro", "gpt-4o", "llama-31", "gpt-4o-mini", "mistral-v03"];
        double?[] Column(int c) => [.. rows.Select(r => Parse(r[c]))];
        var annotators = Enumerable.Range(1, header.Length - 1).Where(c => !llmNames.Contains(header[c]))
            .Select(c => (header[c], (IReadOnlyList<double?>)Column(c))).ToList();
        var llms = Enumerable.Range(1, header.Length - 1).Where(c => llmNames.Contains(header[c])).ToDictionary(c => header[c], Column);
        return (annotators, llms);
    }

    static double? Parse(string cell) => cell switch
    {
        "" => null,
        "first" => Preference.First,
        "second" => Preference.Second,
        "tie" => Preference.Tie,
        _ => double.Parse(cell, CultureInfo.InvariantCulture),
    };
}
