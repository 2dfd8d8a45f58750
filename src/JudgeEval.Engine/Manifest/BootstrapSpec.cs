using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Manifest;

/// <summary>Confidence intervals by bootstrap (`bootstrap:`); seeded, so runs are reproducible.</summary>
public sealed record BootstrapSpec(int Resamples, int Seed, BootstrapUnit Unit, SourceLocation At);
