using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Workspace;

/// <summary>Where a run sits in its repository and what it tells the CI system (JE0104-JE0106).</summary>
public static class CiDiagnostics
{
    public static readonly DiagnosticDescriptor SarifRootMissing = new(
        "JE0104", "SARIF root is not a folder", Severity.Error,
        "The repository root given with --sarif-root (JudgeEvalSarifRoot) is not an existing folder, so the SARIF log's paths could not be made relative to it.",
        "Point JudgeEvalSarifRoot at the repository's root folder (where .git is), or remove it: the root is found by walking up to .git.");

    public static readonly DiagnosticDescriptor OutsideSarifRoot = new(
        "JE0105", "Manifest outside the SARIF root", Severity.Warning,
        "The manifest is not under the SARIF root, so its findings carry absolute file URIs, which GitHub code scanning cannot place in the repository.",
        "Set JudgeEvalSarifRoot (--sarif-root) to a folder that contains the manifest, normally the repository root.");

    public static readonly DiagnosticDescriptor SummaryNotWritten = new(
        "JE0106", "CI summary not written", Severity.Warning,
        "The Markdown summary for the CI system (the file $GITHUB_STEP_SUMMARY names, or judgeeval-summary.md in the output folder for Azure Pipelines) could not be written.",
        "Check that the file or the output folder is writable; the findings themselves are in the build log, the SARIF log and the report.");
}
