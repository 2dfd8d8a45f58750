using System.Globalization;
using System.Text;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Tests.Audit;

/// <summary>
/// Slices (`slices:`) and the product score over the product's own items. 100 items: i % 5 &lt; 3 by gpt-4o-mini, the
/// rest by Claude; tags dataset:cnn for even i, dataset:xsum for odd. Labels i % 4. The judge is exact on gpt-4o-mini's
/// items and guesses 1 or 2 on Claude's, so it passes overall (quadratic kappa 5/7) and fails on Claude's slice.
/// Expected kappas come from the independent quadratic kappa below.
/// </summary>
public sealed class SliceAndProductTests : IDisposable
{
    readonly AuditCase c = new();

    static readonly (string Model, int Label, int Judge, string Tag)[] Data = [.. Enumerable.Range(0, 100).Select(i =>
    {
        var label = i % 4;
        var gpt = i % 5 < 3;
        var judge = gpt ? label : i % 2 == 0 ? new[] { 1, 2, 1, 2 }[label] : new[] { 2, 1, 2, 1 }[label];
        return (gpt ? "gpt-4o-mini" : "claude-3.5-sonnet", label, judge, i % 2 == 0 ? "cnn" : "xsum");
    })];

    const string Manifest = """
        version: 1
        product:
          model: gpt-4o-mini
        task:
          kind: pointwise
          scale: { min: 0, max: 3 }
        items: { path: items.jsonl, format: jsonl }
        humanLabels: { path: labels.jsonl, format: jsonl }
        judges:
          - id: mistral
            model: mistral-large
            judgments: { path: mistral.jsonl, format: jsonl }
        slices:
          - model
          - tag:dataset
        """;

    public void Dispose() => c.Dispose();

    void Write()
    {
        var items = new StringBuilder();
        for (var i = 0; i < Data.Length; i++)
        {
            items.Append(CultureInfo.InvariantCulture, $"{{\"id\": \"i{i}\", \"text\": \"t{i}\", \"model\": \"{Data[i].Model}\", \"tags\": [\"dataset:{Data[i].Tag}\", \"other\"]}}\n");
        }

        c.Write("items.jsonl", items.ToString());
        c.Labels([.. Data.Select(d => (double)d.Label)]);
        c.Scores("mistral.jsonl", [.. Data.Select(d => (double?)d.Judge)]);
    }

    [Fact]
    public void Every_judge_is_measured_on_every_value_largest_first()
    {
        Write();
        c.Run(Manifest + "\nthresholds: { minSliceItems: 40 }\n");
        var r = c.Outcome.Results!;

        Assert.Equal([("model", "gpt-4o-mini", 60), ("model", "claude-3.5-sonnet", 40), ("tag:dataset", "cnn", 50), ("tag:dataset", "xsum", 50)],
            r.Slices.Select(s => (s.Field, s.Value, s.Items)));
        Assert.Equal(QuadraticKappa(Data.Select(d => (d.Label, d.Judge))), r.Judges[0].VsHuman!.Kappa, 12);
        foreach (var slice in r.Slices)
        {
            var members = Data.Where(d => slice.Field == "model" ? d.Model == slice.Value : d.Tag == slice.Value).ToList();
            var j = Assert.Single(slice.Judges);
            Assert.Equal(members.Count, j.N);
            Assert.Equal(QuadraticKappa(members.Select(d => (d.Label, d.Judge))), j.Kappa, 12);
            Assert.Equal(members.Average(d => d.Judge - d.Label), j.Bias, 12);
            Assert.Equal(1.0, j.Coverage);
            Assert.True(j.KappaCi95.IsDefined || double.IsNaN(j.Kappa));
        }
    }

    [Fact]
    public void A_judge_passing_overall_that_fails_a_slice_is_a_warning_at_that_slices_entry()
    {
        Write();
        c.Run(Manifest + "\nthresholds: { minSliceItems: 40 }\n");

        var d = c.Single("JE2015", c.Line("model", anchor: "slices:"));
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("Judge 'mistral' passes overall (kappa 0.71)", d.Message, StringComparison.Ordinal);
        Assert.Contains("model = 'claude-3.5-sonnet': kappa 0.00", d.Message, StringComparison.Ordinal);
        Assert.Contains("n = 40", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slice_under_min_slice_items_is_reported_but_not_a_finding()
    {
        Write();
        c.Run(Manifest);

        Assert.Equal(4, c.Outcome.Results!.Slices.Count);
        Assert.False(c.Has("JE2015"));
    }

    [Fact]
    public void The_product_score_counts_only_the_products_items()
    {
        Write();
        c.Run(Manifest);

        var score = c.Outcome.Results!.ProductScore.Single();
        var own = Data.Where(d => d.Model == "gpt-4o-mini").ToList();
        Assert.Equal(["gpt-4o-mini"], score.Producers);
        Assert.Equal(own.Count, score.Items);
        Assert.Equal(own.Count(d => d.Judge >= 2) / (double)own.Count, score.PassRate, 12);

        // Sensitivity is the judge's, on every labelled item: passes it gives among the humans' passes.
        var humanPasses = Data.Where(d => d.Label >= 2).ToList();
        Assert.Equal(humanPasses.Count(d => d.Judge >= 2) / (double)humanPasses.Count, score.Sensitivity, 12);
    }

    [Fact]
    public void Product_score_producers_override_the_product_model()
    {
        Write();
        c.Run(Manifest + "\nproductScore: { producers: [claude-3.5-sonnet] }\n");

        var score = c.Outcome.Results!.ProductScore.Single();
        var claude = Data.Where(d => d.Model == "claude-3.5-sonnet").ToList();
        Assert.Equal((40, claude.Count(d => d.Judge >= 2) / 40.0), (score.Items, score.PassRate));
    }

    [Fact]
    public void No_item_of_the_product_is_a_warning_at_the_product_model()
    {
        Write();
        c.Run(Manifest.Replace("model: gpt-4o-mini", "model: gpt-4o", StringComparison.Ordinal));

        var d = c.Single("JE2018", c.Line("model: gpt-4o", anchor: "product:"));
        Assert.Contains("'gpt-4o'", d.Message, StringComparison.Ordinal);
        Assert.Equal(0, c.Outcome.Results!.ProductScore.Single().Items);
    }

    /// <summary>Quadratic-weighted Cohen's kappa on 0..3 from its definition: 1 - sum w o / sum w e with w = (i - j)^2.</summary>
    static double QuadraticKappa(IEnumerable<(int Human, int Judge)> pairs)
    {
        var list = pairs.ToList();
        var n = (double)list.Count;
        double observed = 0, expected = 0;
        for (var a = 0; a < 4; a++)
        {
            for (var b = 0; b < 4; b++)
            {
                var w = (a - b) * (a - b);
                observed += w * list.Count(p => p.Human == a && p.Judge == b) / n;
                expected += w * (list.Count(p => p.Human == a) / n) * (list.Count(p => p.Judge == b) / n);
            }
        }

        return expected == 0 ? double.NaN : 1 - (observed / expected);
    }
}
