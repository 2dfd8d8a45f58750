using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Tests.Audit;

/// <summary>
/// JE2010 / JE2011: a GPT judge on outputs of gpt-4o-mini (own family) and of other families. Reference Welch
/// statistics from python3 (t, Welch-Satterthwaite df, two-sided p by the regularised incomplete beta function, and the
/// 95% interval with the t quantile); reference sign-flip p-values by enumerating the sign patterns exactly.
/// </summary>
public sealed class SelfPreferenceRulesTests : IDisposable
{
    readonly AuditCase c = new();

    const string Pointwise = """
        version: 1
        task:
          kind: pointwise
          scale: { min: 0, max: 3 }
        items: { path: items.jsonl, format: jsonl }
        humanLabels: { path: labels.jsonl, format: jsonl }
        judges:
          - id: gpt
            model: gpt-4o
            judgments: { path: gpt.jsonl, format: jsonl }
        """;

    const string Pairwise = """
        version: 1
        task:
          kind: pairwise
        items: { path: items.jsonl, format: jsonl }
        humanLabels: { path: labels.jsonl, format: jsonl }
        judges:
          - id: gpt
            model: gpt-4o
            judgments: { path: gpt.jsonl, format: jsonl }
        """;

    SelfPreference Record => Assert.Single(c.Outcome.Results!.SelfPreference);

    /// <summary>40 items, even ones by gpt-4o-mini, odd ones by Claude; labels 0,1,2,3 repeating; judge = label + delta.</summary>
    void PointwiseCase(Func<int, int> delta)
    {
        c.Items(40, i => i % 2 == 0 ? "gpt-4o-mini" : "claude-3.5-sonnet");
        c.Labels([.. Enumerable.Range(0, 40).Select(i => (double)(i % 4))]);
        c.Scores("gpt.jsonl", [.. Enumerable.Range(0, 40).Select(i => (double?)((i % 4) + delta(i)))]);
    }

    /// <summary>Others: item 1 (label 1) graded one up, item 3 (label 3) one down; the other 18 exact.</summary>
    static int OtherDelta(int i) => i == 1 ? 1 : i == 3 ? -1 : 0;

    [Fact]
    public void Pointwise_own_family_leniency_is_significant_by_welch_at_the_judges_model_line()
    {
        // Own: the 5 first own items exact, the other 15 one grade up (bias 0.75); others: bias 0.
        PointwiseCase(i => i % 2 == 1 ? OtherDelta(i) : i >= 10 ? 1 : 0);
        c.Run(Pointwise);
        var s = Record;
        Assert.Equal(SignificanceTest.WelchT, s.Test);
        Assert.Equal((20, 20), (s.OwnN, s.OtherN));
        Assert.Equal(0.75, s.OwnBias, 12);
        Assert.Equal(0.0, s.OtherBias, 12);
        Assert.Equal(0.75, s.Difference, 12);
        Assert.Equal(5.898281687312647e-07, s.PValue, 10);
        Assert.Equal(0.5002185881686743, s.DifferenceCi95.Lower, 6);
        Assert.Equal(0.9997814118313257, s.DifferenceCi95.Upper, 6);
        Assert.Equal(["gpt-4o-mini"], s.RelatedModels);

        var d = c.Single("JE2010", c.Line("model: gpt-4o"), about: "gpt");
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.False(c.Has("JE2011"));
    }

    [Fact]
    public void Pointwise_small_own_family_bias_is_measured_but_not_significant()
    {
        // Own: items 0 and 2 one up, item 6 one down (bias 0.05); python3: p = 0.66390, CI -0.18133 to 0.28133.
        PointwiseCase(i => i % 2 == 1 ? OtherDelta(i) : i is 0 or 2 ? 1 : i == 6 ? -1 : 0);
        c.Run(Pointwise);
        var s = Record;
        Assert.Equal(0.05, s.Difference, 12);
        Assert.Equal(0.6638953630576188, s.PValue, 8);
        Assert.Equal(-0.1813297481869468, s.DifferenceCi95.Lower, 6);
        var d = c.Single("JE2011", c.Line("model: gpt-4o"), about: "gpt");
        Assert.Equal(Severity.Info, d.Severity);
        Assert.False(c.Has("JE2010"));
    }

    /// <summary>
    /// 40 pairs: i % 4 == 0 is (gpt-4o-mini, Claude), i % 4 == 2 is (Claude, gpt-4o-mini), odd i is (Mistral, Claude).
    /// Humans prefer output 1 when i % 8 &lt; 4, so they prefer the own output in exactly half the 20 mixed pairs.
    /// </summary>
    void PairwiseCase(Func<int, double> judge)
    {
        c.Pairs(40, i => i % 2 == 1 ? ("mistral-large", "claude-3.5-sonnet") : i % 4 == 0 ? ("gpt-4o-mini", "claude-3.5-sonnet") : ("claude-3.5-sonnet", "gpt-4o-mini"));
        c.Labels([.. Enumerable.Range(0, 40).Select(Human)]);
        var verdicts = Enumerable.Range(0, 40).Select(judge).ToList();
        c.Verdicts("gpt.jsonl", verdicts, verdicts);
    }

    static double Human(int i) => i % 8 < 4 ? 1 : 2;

    [Fact]
    public void Pairwise_judge_always_preferring_its_family_is_significant_by_sign_flip()
    {
        // Differences: 1 on the 10 mixed pairs the humans gave to the other output, 0 on the rest; exact p = 2/2^10.
        PairwiseCase(i => i % 2 == 1 ? Human(i) : i % 4 == 0 ? 1 : 2);
        c.Run(Pairwise);
        var s = Record;
        Assert.Equal(SignificanceTest.PairedSignFlip, s.Test);
        Assert.Equal((20, 20), (s.OwnN, s.OtherN));
        Assert.Equal(1.0, s.JudgeOwnRate, 12);
        Assert.Equal(0.5, s.HumanOwnRate, 12);
        Assert.Equal(0.5, s.Difference, 12);
        Assert.InRange(s.PValue, 0.0, 0.01); // Monte Carlo estimate of 0.00195
        c.Single("JE2010", c.Line("model: gpt-4o"), about: "gpt");
    }

    [Fact]
    public void Pairwise_judge_agreeing_with_the_humans_has_no_self_preference()
    {
        PairwiseCase(Human);
        c.Run(Pairwise);
        var s = Record;
        Assert.Equal(0.5, s.JudgeOwnRate, 12);
        Assert.Equal(0.0, s.Difference, 12);
        Assert.Equal(1.0, s.PValue, 12);
        c.Single("JE2011", c.Line("model: gpt-4o"), about: "gpt");
        Assert.False(c.Has("JE2010"));
    }

    public void Dispose() => c.Dispose();
}
