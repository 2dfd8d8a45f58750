using JudgeEval.Engine.Cli;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.IO;
using JudgeEval.Engine.Reporting;
using JudgeEval.Engine.Reporting.Html;
using JudgeEval.Engine.Reporting.Json;
using JudgeEval.Engine.Reporting.Sarif;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Pipeline;

/// <summary>
/// Writes a run's files: results.json, judgeeval.sarif and report.html under --out (an unusable run's too), and for
/// MSBuild the diagnostics exchange file and the list of inputs. Each file is written atomically (<see cref="AtomicFile"/>), so an interrupted run
/// never leaves a half-written output that an incremental build would trust.
/// </summary>
public static class OutputWriter
{
    public const string ResultsFile = "results.json";
    public const string SarifFile = "judgeeval.sarif";
    public const string ReportFile = "report.html";

    public static Diagnostic? Write(RunArguments args, RunOutcome outcome)
    {
        try
        {
            var outDir = Path.GetFullPath(args.Out);
            Directory.CreateDirectory(outDir);
            // Every run rewrites every output: an unusable run's results and report say so, never the last good run's.
            var results = outcome.Results ?? UnusableRun.Results(args, outcome);
            var manifestDir = Path.GetDirectoryName(Path.GetFullPath(args.Manifest));
            var baseDirectory = Environment.CurrentDirectory;
            // The three files are independent writers over the same results: written on all cores.
            Analysis.Concurrently.Run(
            [
                () => AtomicFile.WriteAllText(Path.Combine(outDir, ResultsFile), ResultsJson.Serialize(results)),
                () => AtomicFile.WriteAllText(Path.Combine(outDir, ReportFile), HtmlReport.Render(results, new HtmlReportOptions { BaseDirectory = baseDirectory, SourceRoot = manifestDir })),
                () => AtomicFile.WriteAllText(Path.Combine(outDir, SarifFile), SarifWriter.Write(outcome.Diagnostics, SarifContextFor(args, outcome))),
            ]);
            if (args.Diagnostics is { } diagnosticsPath)
            {
                AtomicFile.WriteAllText(diagnosticsPath, DiagnosticsFile.Format(outcome.Diagnostics, args.HelpBase));
            }

            if (args.Inputs is { } inputsPath)
            {
                AtomicFile.WriteAllText(inputsPath, string.Join('\n', InputsOf(outcome, outDir)) + "\n");
            }

            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CliDiagnostics.OutputNotWritable.Create($"Could not write the outputs: {e.Message}", null);
        }
    }

    /// <summary>
    /// The SARIF source root is the repository root (code scanning resolves relative URIs from there), else the manifest's
    /// folder; the category is the manifest's folder under it, so each project of a repository uploads as its own.
    /// </summary>
    static SarifContext SarifContextFor(RunArguments args, RunOutcome outcome)
    {
        var root = outcome.Repository?.Root ?? Path.GetDirectoryName(Path.GetFullPath(args.Manifest))!;
        return new()
        {
            ToolVersion = ToolInfo.EngineVersion,
            SourceRoot = root,
            HelpBase = args.HelpBase,
            Baseline = outcome.Baseline?.Findings.Select(f => f.ToDiagnostic()).ToList(),
            AutomationId = SarifUris.AutomationId(root, args.Manifest),
            Provenance = outcome.Repository?.Git,
            ExecutionSuccessful = outcome.Results is not null && !outcome.Diagnostics.Any(d => d.IsInputError),
        };
    }

    /// <summary>
    /// The files the run read. After an incomplete live run (offline cache misses, a budget stop) a path that never
    /// exists is added: MSBuild treats a missing input as out of date, so the next build judges again instead of
    /// replaying results that lack verdicts.
    /// </summary>
    static IEnumerable<string> InputsOf(RunOutcome outcome, string outDir) =>
        outcome.Results?.Live is { Complete: false }
            ? [.. outcome.Inputs, Path.Combine(outDir, "live-judging-incomplete.pending")]
            : outcome.Inputs;
}
