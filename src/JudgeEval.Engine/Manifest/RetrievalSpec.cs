using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Manifest;

/// <summary>Ranked retrieval metrics (`task.retrieval`): nDCG@K and P@PrecisionAt.</summary>
public sealed record RetrievalSpec(int K, int PrecisionAt, IdealRanking Ideal, SourceLocation At);
