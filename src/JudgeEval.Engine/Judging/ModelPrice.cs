namespace JudgeEval.Engine.Judging;

/// <summary>A model's price per million tokens, in the currency of the endpoint's maxCost.</summary>
public sealed record ModelPrice(double InputPerMillion, double OutputPerMillion)
{
    public double Cost(long inputTokens, long outputTokens) =>
        ((inputTokens * InputPerMillion) + (outputTokens * OutputPerMillion)) / 1_000_000d;
}
