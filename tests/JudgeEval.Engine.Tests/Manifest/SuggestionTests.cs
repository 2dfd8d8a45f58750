using JudgeEval.Engine.Manifest;

namespace JudgeEval.Engine.Tests.Manifest;

public class SuggestionTests
{
    // Reference distances computed by hand: kitten -> sitting is the textbook Levenshtein example (3);
    // a swap of two adjacent letters is one edit under optimal string alignment.
    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("kye", "key", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("judges", "judges", 0)]
    public void Distance(string a, string b, int expected) => Assert.Equal(expected, Suggestions.Distance(a, b));

    [Fact]
    public void Closest_ignores_case_and_far_candidates()
    {
        Assert.Equal("humanLabels", Suggestions.Closest("humanlabels", ["items", "humanLabels"]));
        Assert.Null(Suggestions.Closest("zzzz", ["items", "judges"]));
    }
}
