using JudgeEval.Engine.Analysis;

namespace JudgeEval.Engine.Reporting.Html;

/// <summary>Landis-Koch bands as fixed CSS classes (a viridis-like ramp, readable in grey and by colour-blind readers).</summary>
public static class Bands
{
    public static IReadOnlyList<(string Band, string Class, string Range)> Legend { get; } =
    [
        ("poor", "k0", "< 0"),
        ("slight", "k1", "0–0.20"),
        ("fair", "k2", "0.21–0.40"),
        ("moderate", "k3", "0.41–0.60"),
        ("substantial", "k4", "0.61–0.80"),
        ("almost perfect", "k5", "0.81–1"),
    ];

    public static string ClassOf(double? kappa) => ClassOfBand(LandisKoch.Band(kappa ?? double.NaN));

    public static string ClassOfBand(string? band) => Legend.FirstOrDefault(b => string.Equals(b.Band, band, StringComparison.Ordinal)).Class ?? "kn";
}
