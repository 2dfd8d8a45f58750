using JudgeEval.Engine.Data;
using JudgeEval.Engine.Judging;

namespace JudgeEval.Engine.Tests.Judging;

/// <summary>The robust parse: JSON, fenced JSON, "Score: 2", MT-Bench "[[5]]"/"[[A]]"/"[[C]]"; never a guess.</summary>
public class VerdictParserTests
{
    static readonly Scale Grades = Scale.Pointwise(0, 3);

    [Theory]
    [InlineData("""{"reasoning":"ok","score":2}""", 2)]
    [InlineData("""{"score":"3"}""", 3)]
    [InlineData("Here you go:\n```json\n{\"score\": 1}\n```", 1)]
    [InlineData("Thinking... the answer is {\"reasoning\": \"partial\", \"score\": 2} done", 2)]
    [InlineData("The passage is on topic.\nScore: 1", 1)]
    [InlineData("**Score:** 3", 3)]
    [InlineData("Rating: [[2]]", 2)]
    [InlineData("Score: 2\nSo my final grade: 2", 2)]
    public void Reads_pointwise_grades(string text, double expected) =>
        Assert.Equal(Verdict.Of(expected), VerdictParser.Parse(text, Grades));

    [Theory]
    [InlineData("I think it is relevant.", "unparseable")]
    [InlineData("", "empty answer")]
    [InlineData("Score: 7", "outside the scale")]
    [InlineData("""{"score": 1.5}""", "not a whole number")]
    [InlineData("Score: 1. On reflection, Score: 3", "ambiguous")]
    public void Refuses_to_guess(string text, string reason) =>
        Assert.Equal(Verdict.Missing(reason), VerdictParser.Parse(text, Grades));

    [Theory]
    [InlineData("""{"reasoning":"x","verdict":"A"}""", Preference.First)]
    [InlineData("""{"verdict":"tie"}""", Preference.Tie)]
    [InlineData("Assistant B is more complete. [[B]]", Preference.Second)]
    [InlineData("Both are equally good. [[C]]", Preference.Tie)]
    [InlineData("Verdict: A", Preference.First)]
    public void Reads_pairwise_verdicts_in_the_order_shown(string text, double expected) =>
        Assert.Equal(Verdict.Of(expected), VerdictParser.Parse(text, Scale.Pairwise));

    [Fact]
    public void Conflicting_pairwise_verdicts_are_ambiguous() =>
        Assert.Equal(Verdict.Missing("ambiguous"), VerdictParser.Parse("[[A]] ... actually [[B]]", Scale.Pairwise));

    [Theory]
    [InlineData(Preference.First, Preference.Second)]
    [InlineData(Preference.Second, Preference.First)]
    [InlineData(Preference.Tie, Preference.Tie)]
    public void Swapped_verdicts_map_back_to_the_original_numbering(double shown, double original) =>
        Assert.Equal(original, VerdictParser.MapSwapped(shown));
}
