namespace JudgeEval.Engine.Reporting.Html;

/// <summary>The report's section anchors, and which section explains a diagnostic code (by the catalog's code ranges).</summary>
public static class SectionIds
{
    public const string Verdict = "verdict";
    public const string Judges = "judges";
    public const string KappaParadox = "kappa-paradox";
    public const string Agreement = "agreement";
    public const string Independence = "independence";
    public const string Position = "position";
    public const string Verbosity = "verbosity";
    public const string Ensembles = "ensembles";
    public const string ProductScore = "product-score";
    public const string Metrics = "metrics";
    public const string Review = "review";
    public const string Findings = "findings";
    public const string History = "history";
    public const string Slices = "slices";

    public static IReadOnlyList<(string Id, string Title)> All { get; } =
    [
        (Verdict, "Verdict"),
        (Judges, "Judges against humans"),
        (History, "Agreement over time"),
        (KappaParadox, "Kappa and skewed labels"),
        (Slices, "Judges by slice"),
        (Agreement, "Inter-judge agreement"),
        (Independence, "Independence and self-preference"),
        (Position, "Position bias"),
        (Verbosity, "Verbosity bias"),
        (Ensembles, "Ensembles and routing"),
        (ProductScore, "Product score"),
        (Metrics, "Retrieval metrics by judge"),
        (Review, "Items for human review"),
        (Findings, "All findings"),
    ];

    /// <summary>
    /// JE0xxx input, JE1xxx independence, JE2xxx calibration, JE3xxx position, JE4xxx ensembles, JE5xxx metrics; coverage
    /// and missing verdicts (JE5002, JE9020, JE9021) where the judges' coverage is shown.
    /// </summary>
    public static string ForCode(string code) => code switch
    {
        "JE2030" => KappaParadox,
        _ when code.StartsWith("JE205", StringComparison.Ordinal) => History,
        "JE3002" or "JE5002" or "JE9020" or "JE9021" => Judges,
        "JE3003" or "JE3004" => Verbosity,
        _ => ByRange(code),
    };

    static string ByRange(string code) => code.Length == 6 && code.StartsWith("JE", StringComparison.Ordinal) ? code[2] switch
    {
        '1' => Independence,
        '2' => Judges,
        '3' => Position,
        '4' => Ensembles,
        '5' => Metrics,
        _ => Findings,
    } : Findings;

    public static string TitleOf(string id) => All.First(s => s.Id == id).Title;
}
