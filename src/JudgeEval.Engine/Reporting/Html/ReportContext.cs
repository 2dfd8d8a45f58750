using JudgeEval.Engine.Reporting.Results;

namespace JudgeEval.Engine.Reporting.Html;

/// <summary>What every section needs: the results, the options and the judges' family colours.</summary>
public sealed class ReportContext(EvalResults results, HtmlReportOptions options)
{
    public EvalResults Results { get; } = results;

    public HtmlReportOptions Options { get; } = options;

    public Families Families { get; } = new(results.Judges);

    public bool IsPairwise { get; } = string.Equals(results.Task.Kind, "pairwise", StringComparison.OrdinalIgnoreCase);

    public JudgeResult? Judge(string id) => Results.Judges.FirstOrDefault(j => string.Equals(j.Id, id, StringComparison.Ordinal));

    /// <summary>A verdict as a reader says it: pairwise 1 / 1.5 / 2 are "A", "tie", "B"; pointwise the score.</summary>
    public string Verdict(double? value) => value is not { } v ? "missing"
        : !IsPairwise ? Numbers.Fixed(v, v == Math.Round(v) ? 0 : 2)
        : v < 1.25 ? "A" : v > 1.75 ? "B" : "tie";
}
