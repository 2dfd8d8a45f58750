namespace JudgeEval.Engine.Cli;

/// <summary>Each command's own usage, answered to `--help` or `-h` anywhere after the command.</summary>
public static class CommandHelp
{
    public const string Run = """
        usage: judgeeval run <manifest> [--out DIR] [--threshold name=value]... [--offline|--online]
                             [--baseline results.json] [--diagnostics FILE] [--inputs FILE] [--help-base URL]

        Audits the eval the manifest describes; writes results.json, judgeeval.sarif and report.html under --out.
        Exit code 0 clean, 1 error finding, 2 unusable input.

          -o, --out DIR            output folder (default judgeeval-out); live answers are cached in DIR/cache
          -t, --threshold N=V      overrides a threshold of the manifest (kappaWarn=0.8); repeatable
          --offline, --online      live judges: answer from the cache only, or call the endpoints (default:
                                   cache.offline, else offline when CI=true and a key variable is unset)
          --baseline FILE          an earlier results.json: agreement drops, SARIF baselineState
          --diagnostics FILE       findings for the MSBuild task (tab-separated)
          --inputs FILE            the manifest and every file it read, one per line
          --help-base URL          where the diagnostics' help links point (default: the docs shipped with judgeeval)
        """;

    public const string Cache = """
        usage: judgeeval cache key <manifest> --judge ID --item ITEM [--sample N] [--swapped] [--out DIR]

        Prints a live judge's request for one item as the canonical JSON its cache key hashes, the hash, and the cache
        file its answer is (or would be) stored in. Sends nothing.

          --judge ID      a judge of the manifest with an `endpoint`
          --item ITEM     an item id
          --sample N      the repeated sample, from 0 (default 0)
          --swapped       the swapped order of a pairwise item
          -o, --out DIR   the run's output folder (default judgeeval-out); the cache is DIR/cache
        """;

    /// <summary>The usage of <paramref name="verb"/>, or null for an unknown verb.</summary>
    public static string? For(string? verb) => verb switch
    {
        "run" => Run,
        "cache" => Cache,
        "models" => ModelsCommand.Usage,
        _ => null,
    };

    public static bool Asked(IEnumerable<string> words) => words.Any(w => w is "--help" or "-h");
}
