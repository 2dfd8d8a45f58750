using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Cli;

/// <summary>Problems with the command line and the run itself (JE0090-JE0099).</summary>
public static class CliDiagnostics
{
    public static readonly DiagnosticDescriptor BadArguments = new(
        "JE0090", "Bad command line", Severity.Error,
        "The judgeeval command line could not be understood.",
        "Run `judgeeval --help` for the usage; under MSBuild, check the JudgeEval* properties.");

    public static readonly DiagnosticDescriptor ManifestNotFound = new(
        "JE0091", "Manifest not found", Severity.Error,
        "The manifest file given to judgeeval does not exist.",
        "Pass the path of an existing judgeeval.yaml, or set JudgeEvalManifest in the project.");

    public static readonly DiagnosticDescriptor OutputNotWritable = new(
        "JE0092", "Cannot write outputs", Severity.Error,
        "results.json, the SARIF log or the HTML report could not be written.",
        "Check that the output folder (--out, JudgeEvalOutputPath) is writable and not locked by another process.");

    public static readonly DiagnosticDescriptor BadBaseline = new(
        "JE0093", "Baseline missing or unreadable", Severity.Warning,
        "The baseline results.json given with --baseline (JudgeEvalBaseline) does not exist or could not be read, so agreement drops (JE2006), calibration identity changes (JE2031, JE2032) and SARIF baseline states are not computed.",
        "Point the baseline at an existing results.json written by this version of judgeeval (for example the previous run's, restored by the CI job), or remove the option.");

    public static readonly DiagnosticDescriptor Cancelled = new(
        "JE0094", "Run cancelled", Severity.Error,
        "The run was cancelled (Ctrl+C, or the build was stopped) while judges were being called, so no results were written.",
        "Run again: every answer received before the cancel is in the cache, so only the rest is requested.");

    public static readonly DiagnosticDescriptor InternalError = new(
        "JE0099", "Internal error", Severity.Error,
        "judgeeval hit an unexpected condition. This is a bug: the message says where.",
        "Report it with the manifest (and data, if you can share them); meanwhile, check the inputs the message names.");
}
