using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Judging;
using JudgeEval.Engine.Pipeline;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Cli;

/// <summary>`judgeeval run`: runs the audit, prints every diagnostic in MSBuild's canonical format, writes the outputs.</summary>
public static class RunCommand
{
    public static int Run(IReadOnlyList<string> words, TextWriter stdout, TextWriter stderr)
    {
        var (args, error) = RunArguments.Parse(words);
        if (args is null)
        {
            stderr.WriteLine(CliDiagnostics.BadArguments.Create(error!, null).ToCanonicalString());
            stderr.WriteLine(CommandLine.Usage);
            return CommandLine.UnusableInput;
        }

        RunOutcome outcome;
        using var cancel = new CancellationTokenSource();
        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            // The first Ctrl+C stops live judging cleanly (answers so far stay cached); a second one ends the process.
            e.Cancel = !cancel.IsCancellationRequested;
            cancel.Cancel();
        }

        Console.CancelKeyPress += OnCancel;
        try
        {
            outcome = EvalRunner.Run(args, DateOnly.FromDateTime(DateTime.UtcNow), new LiveServices { Progress = ProgressOn(stderr), Cancellation = cancel.Token });
        }
        catch (Exception e)
        {
            // Never a stack trace for the user: name the failure and where it happened.
            var where = e.TargetSite is { } site ? $" in {site.DeclaringType?.Name}.{site.Name}" : "";
            outcome = new RunOutcome([CliDiagnostics.InternalError.Create($"{e.GetType().Name}{where}: {e.Message}", null)], null, []);
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
        }

        var writeProblem = OutputWriter.Write(args, outcome);
        var diagnostics = writeProblem is null ? outcome.Diagnostics : [.. outcome.Diagnostics, writeProblem];
        foreach (var d in diagnostics)
        {
            (d.Severity == Severity.Error ? stderr : stdout).WriteLine(d.ToCanonicalString());
        }

        var outDir = Path.GetFullPath(args.Out);
        if (outcome.Results is { } results)
        {
            stdout.WriteLine($"judgeeval: {EnumNames.Of(results.Verdict.Outcome)} ({Plural.Count(results.Verdict.Errors, "error")}, {Plural.Count(results.Verdict.Warnings, "warning")}); {Plural.Count(results.Judges.Count, "judge")} on {Plural.Count(results.Items.Total, "item")}");
            stdout.WriteLine($"judgeeval: report {Path.Combine(outDir, OutputWriter.ReportFile)}");
        }

        return writeProblem is null ? outcome.ExitCode : CommandLine.UnusableInput;
    }

    /// <summary>A bar when stderr is the terminal; otherwise (MSBuild, CI, tests) a line every few seconds.</summary>
    static ConsoleProgressRenderer ProgressOn(TextWriter stderr) =>
        new(stderr, ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected, TimeSpan.FromSeconds(5), TimeProvider.System);
}
