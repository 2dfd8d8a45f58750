using JudgeEval.Engine.Audit;
using JudgeEval.Engine.Workspace;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Pipeline;

/// <summary>What a run produced: every diagnostic, the results when the input was usable, and the files it read.</summary>
public sealed record RunOutcome(IReadOnlyList<Diagnostic> Diagnostics, EvalResults? Results, IReadOnlyList<string> Inputs)
{
    /// <summary>The earlier run given with --baseline, for SARIF baseline states.</summary>
    public EvalResults? Baseline { get; init; }

    /// <summary>The repository root paths are reported against (SARIF, annotations) and its git provenance.</summary>
    public RepositoryContext? Repository { get; init; }

    /// <summary>The manifest the results came from (judge locations, the history file); null when it was unusable.</summary>
    public EvalManifest? Manifest { get; init; }

    /// <summary>The outcome with one more diagnostic (a problem of a late step), in the findings and the verdict's counts too.</summary>
    public RunOutcome With(Diagnostic added, string helpBase)
    {
        IReadOnlyList<Diagnostic> diagnostics = [.. Diagnostics, added];
        return this with
        {
            Diagnostics = diagnostics,
            Results = Results is { } r ? r with { Findings = [.. r.Findings, Finding.From(added, helpBase)], Verdict = Verdicts.Decide(diagnostics, r.Live) } : null,
        };
    }

    /// <summary>
    /// 0 pass (warnings allowed), 1 when an error-level finding exists (a failed gate, or an inconclusive run that was not
    /// allowed: JE5005), 2 when the input was unusable and nothing was measured.
    /// </summary>
    public int ExitCode => Results is null || Diagnostics.Any(d => d.IsInputError) ? 2
        : Diagnostics.Any(d => d.Severity == Severity.Error) ? 1
        : 0;
}
