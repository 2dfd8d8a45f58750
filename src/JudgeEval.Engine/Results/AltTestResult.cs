using JudgeEval.Engine.Statistics.Annotators;

namespace JudgeEval.Engine.Results;

/// <summary>
/// The alternative annotator test of one judge (Calderon, Reichart and Dror, ACL 2025): leave each annotator out and ask
/// whether the judge represents the others at least as well as that annotator does, allowing the judge
/// <see cref="Epsilon"/>; FDR-controlled one-sided tests (Benjamini-Yekutieli, q = <see cref="Fdr"/>).
/// </summary>
public sealed record AltTestResult
{
    /// <summary>Share of tested annotators the judge wins against; it passes at 0.5 or more.</summary>
    public double WinningRate { get; init; } = double.NaN;

    /// <summary>Null when no annotator had enough items to be tested.</summary>
    public bool? Passed { get; init; }

    /// <summary>Mean rho_f over the tested annotators: how often the judge represents the others at least as well.</summary>
    public double AdvantageProbability { get; init; } = double.NaN;

    public double Epsilon { get; init; }

    public double Fdr { get; init; }

    /// <summary>Items an annotator needs to be tested (the paper's 30, for the t-test's normality).</summary>
    public int MinItems { get; init; }

    /// <summary>Items with a verdict and two or more annotators.</summary>
    public int Items { get; init; }

    public AltTestScoring Scoring { get; init; }

    /// <summary>Every annotator with usable items; those with fewer than the paper's 30 are listed untested.</summary>
    public IReadOnlyList<AltTestAnnotator> PerAnnotator { get; init; } = [];
}
