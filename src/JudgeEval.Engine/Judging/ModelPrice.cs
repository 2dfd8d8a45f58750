namespace JudgeEval.Engine.Judging;

/// <summary>A model's price per million tokens (plus an optional flat price per call), in the currency of the endpoint's maxCost.</summary>
public sealed record ModelPrice(double InputPerMillion, double OutputPerMillion, double PerCall = 0)
{
    public double Cost(long inputTokens, long outputTokens) =>
        PerCall + (((inputTokens * InputPerMillion) + (outputTokens * OutputPerMillion)) / 1_000_000d);
}
