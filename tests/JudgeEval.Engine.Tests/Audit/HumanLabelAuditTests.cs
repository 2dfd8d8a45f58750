using System.Globalization;
using System.Text;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Statistics.Annotators;

namespace JudgeEval.Engine.Tests.Audit;

/// <summary>
/// Self-preference on the labels people publish (several annotators, fractional consensus), by scope, and with producers
/// the catalog does not know. Reference Welch figures from mpmath (30 digits): t by the formula, p by the regularised
/// incomplete beta function.
/// </summary>
public sealed class HumanLabelAuditTests : IDisposable
{
    readonly AuditCase c = new();

    const string Manifest = """
        version: 1
        task:
          kind: pointwise
          scale: { min: 0, max: 4 }
        items: { path: items.jsonl, format: jsonl }
        humanLabels: { path: labels.jsonl, format: jsonl, consensus: mean }
        judges:
          - id: gpt
            model: gpt-4o
            judgments: { path: gpt.jsonl, format: jsonl }
        """;

    public void Dispose() => c.Dispose();

    SelfPreference Record => Assert.Single(c.Outcome.Results!.SelfPreference);

    /// <summary>
    /// 80 items: even ones by gpt-4o-mini (own), odd ones by Claude. Three annotators each: own items 3,3,2 (mean 8/3),
    /// others 2,2,3 (7/3). The judge gives own items 3 (6 of them: 2), others 2 (6 of them: 3). Exact differences: own
    /// +1/3 (34) and -2/3 (6), others -1/3 (34) and +2/3 (6). Rounded half up, 8/3 is 3 and 7/3 is 2: the own-family
    /// leniency vanishes and the six exceptions make the judge look harsher on its own family.
    /// </summary>
    void Fractional(bool preRounded)
    {
        c.Items(80, i => i % 2 == 0 ? "gpt-4o-mini" : "claude-3.5-sonnet");
        var labels = new StringBuilder();
        for (var i = 0; i < 80; i++)
        {
            var own = i % 2 == 0;
            double[] three = own ? [3, 3, 2] : [2, 2, 3];
            if (preRounded)
            {
                labels.Append(CultureInfo.InvariantCulture, $"{{\"id\": \"i{i}\", \"label\": {(own ? 3 : 2)}}}\n");
                continue;
            }

            for (var a = 0; a < 3; a++)
            {
                labels.Append(CultureInfo.InvariantCulture, $"{{\"id\": \"i{i}\", \"annotator\": \"h{a}\", \"label\": {three[a]}}}\n");
            }
        }

        c.Write("labels.jsonl", labels.ToString());
        c.Scores("gpt.jsonl", [.. Enumerable.Range(0, 80).Select(i => (double?)(i % 2 == 0 ? (i / 2 < 34 ? 3 : 2) : (i / 2 < 34 ? 2 : 3)))]);
    }

    [Fact]
    public void Self_preference_on_exact_consensus_labels_is_not_lost_by_rounding()
    {
        Fractional(preRounded: false);
        c.Run(Manifest);

        var s = Record;
        Assert.Equal((40, 40), (s.OwnN, s.OtherN));
        Assert.Equal(11.0 / 60, s.OwnBias, 12);
        Assert.Equal(-11.0 / 60, s.OtherBias, 12);
        Assert.Equal(11.0 / 30, s.Difference, 12);
        Assert.Equal(2.05682070107440364e-05, s.PValue, 12);
        c.Single("JE2010", c.Line("model: gpt-4o"), about: "gpt");
        Assert.False(c.Has("JE2014"));

        // The categorical statistics read the rounded labels, and say so.
        var vs = c.Outcome.Results!.Judges[0].VsHuman!;
        Assert.Equal(LabelRounding.HalfUp, vs.LabelRounding);
        Assert.Equal(3, c.Outcome.Results.Humans!.Annotators);
        Assert.Equal(80, c.Outcome.Results.Humans.ItemsWithSeveral);
    }

    [Fact]
    public void The_same_labels_rounded_first_turn_the_finding_around()
    {
        // Differences own 0 (34) and -1 (6), others 0 (34) and +1 (6): -0.30, Welch p = 0.000386453395850199.
        Fractional(preRounded: true);
        c.Run(Manifest);

        var s = Record;
        Assert.Equal(-0.3, s.Difference, 12);
        Assert.Equal(3.8645339585019906e-4, s.PValue, 12);
        var d = c.Single("JE2014", c.Line("model: gpt-4o"), about: "gpt");
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("harsher on its own family", d.Message, StringComparison.Ordinal);
        Assert.False(c.Has("JE2010"));
    }

    /// <summary>Ten items each by gpt-4o (the judge's model), gpt-4o-mini (its family), phi-4 (distilled from gpt-4o) and Claude.</summary>
    void Scoped()
    {
        string[] producers = ["gpt-4o", "gpt-4o-mini", "phi-4", "claude-3.5-sonnet"];
        c.Items(40, i => producers[i / 10]);
        c.Labels([.. Enumerable.Range(0, 40).Select(i => (double)(i % 4))]);
        c.Scores("gpt.jsonl", [.. Enumerable.Range(0, 40).Select(i => (double?)((i % 4) + (i < 30 && i % 2 == 0 ? 1 : 0)))]);
    }

    [Theory]
    [InlineData("model", 10, 30, new[] { "gpt-4o" })]
    [InlineData("family", 20, 20, new[] { "gpt-4o", "gpt-4o-mini" })]
    [InlineData("lineage", 30, 10, new[] { "gpt-4o", "gpt-4o-mini", "phi-4" })]
    public void The_scope_decides_which_producers_are_own(string scope, int own, int other, string[] related)
    {
        Scoped();
        c.Run(Manifest + $"\nselfPreference: {{ scope: {scope} }}\n");

        var s = Record;
        Assert.Equal((own, other), (s.OwnN, s.OtherN));
        Assert.Equal(related, s.RelatedModels);
        Assert.Equal(scope, EnumNames.Of(s.Scope));
    }

    [Fact]
    public void Producers_the_catalog_does_not_know_are_left_out_and_named_once_at_the_items()
    {
        // M11 and M17 are a study's shorthand: counting them as "other" would invent a difference.
        string[] producers = ["gpt-4o-mini", "M11", "claude-3.5-sonnet", "M17"];
        c.Items(40, i => producers[i % 4]);
        c.Labels([.. Enumerable.Range(0, 40).Select(i => (double)(i % 3))]);
        c.Scores("gpt.jsonl", [.. Enumerable.Range(0, 40).Select(i => (double?)(i % 3))]);
        c.Run(Manifest);

        var s = Record;
        Assert.Equal((10, 10, 20), (s.OwnN, s.OtherN, s.UnresolvedN));
        Assert.Equal(new Dictionary<string, int> { ["M11"] = 10, ["M17"] = 10 }, c.Outcome.Results!.Items.UnresolvedProducers);
        var d = c.Single("JE2017", c.Line("items:"));
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("'M11' (10 items), 'M17' (10 items)", d.Message, StringComparison.Ordinal);
        Assert.Contains("`aliases: { M11: ", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_resolves_the_producer_and_silences_the_warning()
    {
        string[] producers = ["gpt-4o-mini", "M11", "claude-3.5-sonnet", "M17"];
        c.Items(40, i => producers[i % 4]);
        c.Labels([.. Enumerable.Range(0, 40).Select(i => (double)(i % 3))]);
        c.Scores("gpt.jsonl", [.. Enumerable.Range(0, 40).Select(i => (double?)(i % 3))]);
        c.Run(Manifest + "\naliases:\n  M11: gpt-4o\n  M17: mistral-large\n");

        var s = Record;
        Assert.Equal((20, 20, 0), (s.OwnN, s.OtherN, s.UnresolvedN));
        Assert.False(c.Has("JE2017"));
    }
}
