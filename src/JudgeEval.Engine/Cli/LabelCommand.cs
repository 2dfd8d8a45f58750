using System.Globalization;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Labelling;
using JudgeEval.Engine.Labelling.Server;

namespace JudgeEval.Engine.Cli;

/// <summary>
/// `judgeeval label`: serves a page on 127.0.0.1 where a person labels the items the audit asks about, appending each
/// label to the labels file. stdout carries exactly one line, the URL; everything else goes to stderr.
/// </summary>
public static class LabelCommand
{
    public const string Usage = """
        usage: judgeeval label <manifest> --annotator NAME [--labels FILE] [--port N] [--take review|stratified|random]
                               [--count N] [--seed N] [--open]

        Serves a page on 127.0.0.1 for labelling items by hand and prints one line, "Labelling at <url>"; the URL carries
        a random token, and requests without it are refused. Ctrl+C stops the server; every label is already on disk.

          --annotator NAME   who labels (letters, digits, _ . - @); written into every row
          --labels FILE      the jsonl file labels are appended to (default: the manifest's jsonl humanLabels source,
                             else labels.<annotator>.jsonl beside the manifest); it is never rewritten
          --port N           the port (default: a free one)
          --take MODE        review (default): the items the judges disagree on most, in the audit's order;
                             stratified: items drawn across the judges' majority verdicts; random: a uniform draw
          --count N          how many items to select (default: review.top for review, minCalibrationItems otherwise)
          --seed N           seeds stratified and random draws and the side each pairwise output is shown on (default 1)
          --open             opens the page in the default browser
        Items that already have a human label are skipped, so a second session resumes where the first stopped.
        Exit code 0 when the server stopped normally, 2 for unusable input.
        """;

    public static int Run(IReadOnlyList<string> words, TextWriter stdout, TextWriter stderr)
    {
        using var ctrlC = new CtrlC();
        return Run(words, stdout, stderr, TimeProvider.System, ctrlC.Token);
    }

    /// <summary>Runs until <paramref name="cancel"/> fires (Ctrl+C on the command line; the tests stop it themselves).</summary>
    public static int Run(IReadOnlyList<string> words, TextWriter stdout, TextWriter stderr, TimeProvider time, CancellationToken cancel)
    {
        var (args, error) = LabelArguments.Parse(words);
        if (args is null)
        {
            stderr.WriteLine(CliDiagnostics.BadArguments.Create(error!, null).ToCanonicalString());
            stderr.WriteLine(Usage);
            return CommandLine.UnusableInput;
        }

        if (args.Help)
        {
            stdout.WriteLine(Usage);
            return CommandLine.Clean;
        }

        var (workspace, diagnostics) = LabelSetup.Prepare(args);
        foreach (var d in diagnostics)
        {
            stderr.WriteLine(d.ToCanonicalString());
        }

        if (workspace is null)
        {
            return CommandLine.UnusableInput;
        }

        var session = new LabelSession(workspace, time);
        if (session.OpenAtStart == 0)
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"judgeeval: nothing to label: {args.Annotator} has labelled all {workspace.Selection.Count} selected items ({Describe(args.Take)}). Use --count or --take to select more."));
            return CommandLine.Clean;
        }

        var (server, problem) = LabelServer.Start(session, args.Port);
        if (server is null)
        {
            stderr.WriteLine(problem!.ToCanonicalString());
            return CommandLine.UnusableInput;
        }

        using (server)
        {
            stdout.WriteLine($"Labelling at {server.Url}");
            stdout.Flush();
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"judgeeval: {session.OpenAtStart} of {workspace.Selection.Count} selected items to label ({Describe(args.Take)}){Others(session.LabelledByOthersAtStart)}; labels go to {workspace.Store.Path}. Ctrl+C stops."));
            var (launcher, openProblem) = args.Open ? BrowserLauncher.Open(server.Url) : (null, null);
            using (launcher)
            {
                if (openProblem is not null)
                {
                    stderr.WriteLine("judgeeval: " + openProblem);
                }

                server.RunAsync(cancel).GetAwaiter().GetResult();
            }
        }

        var saved = session.SavedCount;
        stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"judgeeval: {saved} {(saved == 1 ? "label" : "labels")} saved this session to {workspace.Store.Path}."));
        return CommandLine.Clean;
    }

    static string Others(int count) => count == 0 ? "" : string.Create(CultureInfo.InvariantCulture,
        $", {count} of them with another annotator's label (both are kept; the build combines them by humanLabels.consensus)");

    static string Describe(TakeMode take) => take switch
    {
        TakeMode.Review => "the items the judges disagree on most",
        TakeMode.Stratified => "stratified by the judges' verdicts",
        _ => "a random draw",
    };
}
