using JudgeEval.Engine.Cli;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Reporting;
using JudgeEval.Engine.Reporting.Html;
using JudgeEval.Engine.Reporting.Results;
using JudgeEval.Engine.Reporting.Sarif;

namespace JudgeEval.Engine.Pipeline;

/// <summary>
/// Writes a run's files: results.json, judgeeval.sarif and report.html under --out, and for MSBuild the diagnostics
/// exchange file and the list of inputs. Each file is written whole to a temporary name first, so an interrupted run
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
            if (outcome.Results is { } results)
            {
                Atomic(Path.Combine(outDir, ResultsFile), ResultsJson.Serialize(results));
                Atomic(Path.Combine(outDir, ReportFile), HtmlReport.Render(results, new HtmlReportOptions { ManifestPath = Path.GetFullPath(args.Manifest) }));
            }

            Atomic(Path.Combine(outDir, SarifFile), SarifWriter.Write(outcome.Diagnostics, SarifContextFor(args)));
            if (args.Diagnostics is { } diagnosticsPath)
            {
                Atomic(diagnosticsPath, DiagnosticsFile.Format(outcome.Diagnostics, args.HelpBase));
            }

            if (args.Inputs is { } inputsPath)
            {
                Atomic(inputsPath, string.Join('\n', outcome.Inputs) + "\n");
            }

            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return CliDiagnostics.OutputNotWritable.Create($"Could not write the outputs: {e.Message}", null);
        }
    }

    static SarifContext SarifContextFor(RunArguments args) => new()
    {
        ToolVersion = ResultsAssembler.ToolVersion,
        SourceRoot = Path.GetDirectoryName(Path.GetFullPath(args.Manifest))!,
        HelpBase = args.HelpBase,
        BaselineSarif = args.Baseline is { } b ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(b))!, SarifFile) : null,
    };

    static void Atomic(string path, string text)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + "." + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".tmp";
        File.WriteAllText(temp, text);
        File.Move(temp, full, overwrite: true);
    }
}
