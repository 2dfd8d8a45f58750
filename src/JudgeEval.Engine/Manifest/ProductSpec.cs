using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Manifest;

/// <summary>The model whose outputs are judged (`product:`); it drives the independence audit.</summary>
public sealed record ProductSpec(string Model, SourceLocation ModelAt, EvalPurpose Purpose, SourceLocation At);
