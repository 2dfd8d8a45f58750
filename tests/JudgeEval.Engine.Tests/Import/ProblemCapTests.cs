using JudgeEval.Engine.Data;
using static JudgeEval.Engine.Tests.Import.ImportFixtures;

namespace JudgeEval.Engine.Tests.Import;

/// <summary>A problem repeated throughout a file is reported for its first occurrences, then summarised once.</summary>
public sealed class ProblemCapTests : IDisposable
{
    readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Fifteen_rows_without_ids_give_ten_diagnostics_and_a_summary()
    {
        var path = temp.Write("noid.jsonl", string.Concat(Enumerable.Repeat("{\"score\": 1}\n", 15)));

        var diagnostics = Read(Spec(path, "jsonl"), DataRole.Judgments).Diagnostics;

        Assert.Equal(10, diagnostics.Count(d => d.Code == "JE0055"));
        Assert.Equal(Enumerable.Range(1, 10), diagnostics.Where(d => d.Code == "JE0055").Select(d => d.Location!.Line));
        var summary = Assert.Single(diagnostics, d => d.Code == "JE0077");
        Assert.Contains("5 more JE0055", summary.Message, StringComparison.Ordinal);
        Assert.Equal(DeclaredAt, summary.Location);
    }
}
