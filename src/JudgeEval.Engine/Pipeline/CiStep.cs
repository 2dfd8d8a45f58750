using System.Text;
using JudgeEval.Engine.Workspace;
using JudgeEval.Engine.Cli;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.IO;
using JudgeEval.Engine.Reporting.BuildServer;

namespace JudgeEval.Engine.Pipeline;

/// <summary>
/// What a run tells the CI system it runs in, from the engine itself so that `judgeeval run` and the MSBuild task both
/// do it: the job summary (written before the outputs, so a failure to write it is one of the run's findings) and one
/// annotation per finding (printed last, on standard output, where the runner or agent reads commands).
/// </summary>
public static class CiStep
{
    public const string AzureSummaryFile = "judgeeval-summary.md";

    /// <summary>Writes the summary; returns the outcome (with JE0106 when it could not) and the file written, if any.</summary>
    public static (RunOutcome Outcome, string? Written) WriteSummary(CiHost host, RunArguments args, RunOutcome outcome, Func<string, string?> environment)
    {
        var target = host switch
        {
            CiHost.GitHubActions => environment("GITHUB_STEP_SUMMARY"),
            CiHost.AzurePipelines => Path.Combine(Path.GetFullPath(args.Out), AzureSummaryFile),
            _ => null,
        };
        if (string.IsNullOrWhiteSpace(target))
        {
            return (outcome, null);
        }

        var markdown = CiSummaryMarkdown.Render(Summary(args, outcome, RunUrl(host, environment)));
        try
        {
            if (host == CiHost.GitHubActions)
            {
                SharedFile.AppendLine(target, Encoding.UTF8.GetBytes(markdown + "\n"));
            }
            else
            {
                AtomicFile.WriteAllText(target, markdown);
            }

            return (outcome, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (outcome.With(CiDiagnostics.SummaryNotWritten.Create($"The CI summary '{target}' could not be written: {e.Message}", null), args.HelpBase), null);
        }
    }

    /// <summary>The lines to print: annotations, errors first (GitHub shows only the first few of each kind per step); on Azure the summary's upload.</summary>
    public static IEnumerable<string> Commands(CiHost host, RunArguments args, IReadOnlyList<Diagnostic> diagnostics, RunOutcome outcome, string? summary)
    {
        var repository = Repository(args, outcome);
        var ordered = diagnostics.OrderBy(d => d.Severity switch { Severity.Error => 0, Severity.Warning => 1, _ => 2 });
        switch (host)
        {
            case CiHost.GitHubActions:
                return ordered.Select(d => GitHubCommands.Annotation(d, repository));
            case CiHost.AzurePipelines:
                var issues = ordered.Select(d => AzureCommands.LogIssue(d, repository)).OfType<string>();
                return summary is null ? issues : [.. issues, AzureCommands.UploadSummary(summary)];
            default:
                return [];
        }
    }

    static CiSummary Summary(RunArguments args, RunOutcome outcome, string? runUrl)
    {
        var outDir = Path.GetFullPath(args.Out);
        return new CiSummary
        {
            Results = outcome.Results,
            Diagnostics = outcome.Diagnostics,
            JudgeLocations = outcome.Manifest?.Judges.ToDictionary(j => j.Id, j => j.At, StringComparer.Ordinal) ?? [],
            Repository = Repository(args, outcome),
            ManifestPath = Path.GetFullPath(args.Manifest),
            ReportPath = outcome.Results is null ? null : Path.Combine(outDir, OutputWriter.ReportFile),
            SarifPath = Path.Combine(outDir, OutputWriter.SarifFile),
            RunUrl = runUrl,
        };
    }

    static RepositoryContext Repository(RunArguments args, RunOutcome outcome) =>
        outcome.Repository ?? new RepositoryContext(Path.GetDirectoryName(Path.GetFullPath(args.Manifest))!, null);

    /// <summary>The page of this CI run, where its artifacts (the report) are listed.</summary>
    static string? RunUrl(CiHost host, Func<string, string?> environment) => host switch
    {
        CiHost.GitHubActions when environment("GITHUB_SERVER_URL") is { Length: > 0 } server && environment("GITHUB_REPOSITORY") is { Length: > 0 } repository && environment("GITHUB_RUN_ID") is { Length: > 0 } run
            => $"{server.TrimEnd('/')}/{repository}/actions/runs/{Uri.EscapeDataString(run)}",
        CiHost.AzurePipelines when environment("SYSTEM_COLLECTIONURI") is { Length: > 0 } collection && environment("SYSTEM_TEAMPROJECT") is { Length: > 0 } project && environment("BUILD_BUILDID") is { Length: > 0 } build
            => $"{collection.TrimEnd('/')}/{Uri.EscapeDataString(project)}/_build/results?buildId={Uri.EscapeDataString(build)}&view=artifacts",
        _ => null,
    };
}
