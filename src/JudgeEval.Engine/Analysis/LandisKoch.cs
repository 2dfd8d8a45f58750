namespace JudgeEval.Engine.Analysis;

/// <summary>Landis and Koch (1977) verbal bands for kappa: below 0 poor, then slight, fair, moderate, substantial, almost perfect.</summary>
public static class LandisKoch
{
    public static string? Band(double kappa) => kappa switch
    {
        double.NaN => null,
        < 0 => "poor",
        <= 0.20 => "slight",
        <= 0.40 => "fair",
        <= 0.60 => "moderate",
        <= 0.80 => "substantial",
        _ => "almost perfect",
    };
}
