using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Manifest;

/// <summary>The loaded manifest, or null when any diagnostic is an error; warnings may accompany a manifest.</summary>
public sealed record ManifestLoadResult(EvalManifest? Manifest, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
