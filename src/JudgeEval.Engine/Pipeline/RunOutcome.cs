using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Pipeline;

/// <summary>What a run produced: every diagnostic, the results when the input was usable, and the files it read.</summary>
public sealed record RunOutcome(IReadOnlyList<Diagnostic> Diagnostics, EvalResults? Results, IReadOnlyList<string> Inputs)
{
    /// <summary>The earlier run given with --baseline, for SARIF baseline states.</summary>
    public EvalResults? Baseline { get; init; }

    /// <summary>The manifest when it could be loaded, so that an unusable run's results.json still describes it.</summary>
    public EvalManifest? Manifest { get; init; }

    /// <summary>
    /// 0 pass (warnings allowed), 1 when an error-level finding exists (a failed gate, or an inconclusive run that was not
    /// allowed: JE5005), 2 when the input was unusable and nothing was measured.
    /// </summary>
    public int ExitCode => Results is null || Diagnostics.Any(d => d.IsInputError) ? 2
        : Diagnostics.Any(d => d.Severity == Severity.Error) ? 1
        : 0;
}
