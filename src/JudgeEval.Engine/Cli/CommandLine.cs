namespace JudgeEval.Engine.Cli;

/// <summary>Entry point of the `judgeeval` tool: parses the verb and dispatches.</summary>
public static class CommandLine
{
    public const int Clean = 0;
    public const int FindingsFailed = 1;
    public const int UnusableInput = 2;

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var verb = args.Count == 0 ? null : args[0];
        var rest = args.Skip(1).ToList();
        if (CommandHelp.For(verb) is { } usage && CommandHelp.Asked(rest))
        {
            stdout.WriteLine(usage);
            return Clean;
        }

        switch (verb)
        {
            case "run":
                return RunCommand.Run(rest, stdout, stderr);
            case "cache":
                return CacheCommand.Run(rest, stdout, stderr);
            case "batch":
                return BatchCommand.Run(rest, stdout, stderr);
            case "models":
                return ModelsCommand.Run(rest, stdout, stderr);
            case "label":
                return LabelCommand.Run(rest, stdout, stderr);
            case "--version":
                stdout.WriteLine(Results.ToolInfo.EngineVersion);
                return Clean;
            case "-h" or "--help" or "help":
                stdout.WriteLine(Usage);
                return Clean;
            case null:
                stderr.WriteLine(Usage);
                return UnusableInput;
            default:
                stderr.WriteLine(CliDiagnostics.BadArguments.Create($"unknown command '{verb}'", null).ToCanonicalString());
                stderr.WriteLine(Usage);
                return UnusableInput;
        }
    }

    public const string Usage = """
        usage: judgeeval run <manifest> [--out DIR] [--threshold name=value]... [--offline|--online]
                             [--baseline results.json] [--diagnostics FILE] [--inputs FILE] [--help-base URL]
                             [--sarif-root DIR]
               judgeeval cache key <manifest> --judge ID --item ITEM [--sample N] [--swapped] [--out DIR]
               judgeeval batch status|cancel <manifest> [--batch ID] [--out DIR]
               judgeeval models [<model id>]
               judgeeval label <manifest> --annotator NAME [--labels FILE] [--port N] [--take review|stratified|random]
                               [--count N] [--seed N] [--open]
               judgeeval --version

        run      audits the eval the manifest describes; writes results.json, judgeeval.sarif and report.html
                 under --out (default judgeeval-out). Exit code 0 clean, 1 error finding, 2 unusable input.
                 Live judges: --offline answers from the cache only, --online may call the endpoints (default:
                 cache.offline, else offline when CI=true and a key variable is unset); the cache is <--out>/cache.
                 --sarif-root: the folder SARIF paths are relative to (default: the git work tree's root). On GitHub
                 Actions (GITHUB_ACTIONS=true) and Azure Pipelines (TF_BUILD=True) also prints annotations and writes
                 the job summary.
        cache    key: prints a live request's canonical JSON, its hash and where its answer is cached (sends nothing).
        batch    status: the Batch API batches earlier runs left in flight, as their endpoints report them now;
                 cancel: cancels them. See `judgeeval batch --help`.
        models   lists the built-in model catalog, or explains how one id resolves (family, provider, lineage).
        label    serves a page on 127.0.0.1 to label the items the audit asks about; labels are appended to a jsonl
                 file the next run reads (`judgeeval label --help`).
        """;
}
