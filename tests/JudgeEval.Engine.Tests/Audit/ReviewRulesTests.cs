using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Tests.Audit;

/// <summary>JE4002 (items for review, at `review:`) and JE4003 (the outlier judge, at its entry).</summary>
public sealed class ReviewRulesTests : IDisposable
{
    readonly AuditCase c = PointwiseCase.Start();

    static readonly (string, string)[] Judges = [("a", "claude-3.5-sonnet"), ("b", "gemini-1.5-pro"), ("d", "mistral-large")];

    const string Extra = """
        review:
          top: 2
        thresholds:
          minCalibrationItems: 40
        """;

    [Fact]
    public void Disagreement_lists_items_for_review_and_names_the_outlier()
    {
        // d raises 6 items by two grades: the panel disagrees on those 6 and d is furthest from the median on each.
        c.Scores("a.jsonl", PointwiseCase.Perfect);
        c.Scores("b.jsonl", PointwiseCase.Perfect);
        c.Scores("d.jsonl", PointwiseCase.RaisedByTwo(6));
        c.Run(PointwiseCase.Manifest(Extra, Judges));

        var review = c.Single("JE4002", c.Line("review:"));
        Assert.Equal(Severity.Info, review.Severity);
        Assert.Contains("disagree on 6 items; the 2 with", review.Message, StringComparison.Ordinal);
        Assert.Equal(2, c.Outcome.Results!.Review.Count);
        Assert.All(c.Outcome.Results.Review, r => Assert.Equal("d", r.Outlier));

        var outlier = c.Single("JE4003", c.Line("id: d"), about: "d");
        Assert.Contains("on 6 items", outlier.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unanimous_panel_has_nothing_to_review()
    {
        foreach (var j in new[] { "a", "b", "d" })
        {
            c.Scores(j + ".jsonl", PointwiseCase.Perfect);
        }

        c.Run(PointwiseCase.Manifest(Extra, Judges));
        Assert.False(c.Has("JE4002"));
        Assert.False(c.Has("JE4003"));
        Assert.Empty(c.Outcome.Results!.Review);
    }

    public void Dispose() => c.Dispose();
}
