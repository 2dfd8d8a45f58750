using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Judging;
using JudgeEval.Engine.Pipeline;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Workspace;

namespace JudgeEval.Engine.Cli;

/// <summary>`judgeeval run`: runs the audit, prints every diagnostic in MSBuild's canonical format, writes the outputs.</summary>
public static class RunCommand
{
    /// <summary>Runs with the process's environment and clock unless <paramref name="host"/> gives others (tests do).</summary>
    public static int Run(IReadOnlyList<string> words, TextWriter stdout, TextWriter stderr, LiveServices? host = null)
    {
        var (args, error) = RunArguments.Parse(words);
        if (args is null)
        {
            stderr.WriteLine(CliDiagnostics.BadArguments.Create(error!, null).ToCanonicalString());
            stderr.WriteLine(CommandLine.Usage);
            return CommandLine.UnusableInput;
        }

        RunOutcome outcome;
        LiveServices services;
        using (var ctrlC = new CtrlC())
        using (GcMode.Batch())
        {
            services = (host ?? LiveServices.Default) with { Progress = host?.Progress ?? ProgressOn(stderr), Cancellation = ctrlC.Token };
            try
            {
                outcome = EvalRunner.Run(args, DateOnly.FromDateTime(services.Time.GetUtcNow().UtcDateTime), services);
            }
            catch (Exception e)
            {
                // Never a stack trace for the user: name the failure and where it happened.
                var where = e.TargetSite is { } site ? $" in {site.DeclaringType?.Name}.{site.Name}" : "";
                outcome = new RunOutcome([CliDiagnostics.InternalError.Create($"{e.GetType().Name}{where}: {e.Message}", null)], null, []);
            }
        }

        outcome = HistoryStep.Append(outcome, args.HelpBase);
        var ci = CiHosts.Detect(services.Environment);
        (outcome, var summary) = CiStep.WriteSummary(ci, args, outcome, services.Environment);
        var writeProblem = OutputWriter.Write(args, outcome);
        var diagnostics = writeProblem is null ? outcome.Diagnostics : [.. outcome.Diagnostics, writeProblem];
        foreach (var d in diagnostics)
        {
            (d.Severity == Severity.Error ? stderr : stdout).WriteLine(d.ToCanonicalString());
        }

        stdout.WriteLine(Summary(outcome, writeProblem, diagnostics));
        if (writeProblem is null)
        {
            stdout.WriteLine($"judgeeval: report {Path.Combine(Path.GetFullPath(args.Out), OutputWriter.ReportFile)}");
        }

        foreach (var command in CiStep.Commands(ci, args, diagnostics, outcome, summary))
        {
            stdout.WriteLine(command);
        }

        return writeProblem is null ? outcome.ExitCode : CommandLine.UnusableInput;
    }

    /// <summary>The closing line; a run whose outputs could not be written is unusable, whatever its audit found.</summary>
    static string Summary(RunOutcome outcome, Diagnostic? writeProblem, IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        return outcome.Results is { } results && writeProblem is null
            ? $"judgeeval: {EnumNames.Of(results.Verdict.Outcome)} ({Plural.Count(results.Verdict.Errors, "error")}, {Plural.Count(results.Verdict.Warnings, "warning")}); {Plural.Count(results.Judges.Count, "judge")} on {Plural.Count(results.Items.Total, "item")}"
            : writeProblem is null
                ? $"judgeeval: {EnumNames.Of(VerdictOutcome.Unusable)} ({Plural.Count(errors, "error")}, {Plural.Count(warnings, "warning")}); nothing was measured"
                : $"judgeeval: {EnumNames.Of(VerdictOutcome.Unusable)} ({Plural.Count(errors, "error")}, {Plural.Count(warnings, "warning")}); the outputs could not be written";
    }

    /// <summary>A bar when stderr is the terminal; otherwise (MSBuild, CI, tests) a line every few seconds.</summary>
    static ConsoleProgressRenderer ProgressOn(TextWriter stderr) =>
        new(stderr, ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected, TimeSpan.FromSeconds(5), TimeProvider.System);
}
