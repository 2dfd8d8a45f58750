using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Manifest;

/// <summary>A model's price: per million input and output tokens, or a flat <see cref="PerCall"/> price.</summary>
public sealed record PriceSpec(double? Input, double? Output, double? PerCall, SourceLocation At)
{
    /// <summary>The cost of one call with the given token counts.</summary>
    public double CostOf(int inputTokens, int outputTokens) =>
        PerCall ?? (((Input ?? 0) * inputTokens) + ((Output ?? 0) * outputTokens)) / 1_000_000d;
}
