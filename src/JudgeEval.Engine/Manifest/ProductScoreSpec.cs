using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Manifest;

/// <summary>`productScore:`: the producers whose items the product's pass rate counts, overriding `product.model`.</summary>
public sealed record ProductScoreSpec(IReadOnlyList<string> Producers, SourceLocation At);
