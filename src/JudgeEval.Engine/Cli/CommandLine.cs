namespace JudgeEval.Engine.Cli;

/// <summary>Entry point of the `judgeeval` tool: parses the verb and dispatches.</summary>
public static class CommandLine
{
    public const int Clean = 0;
    public const int FindingsFailed = 1;
    public const int UnusableInput = 2;

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Count == 0 || args[0] is "-h" or "--help")
        {
            stdout.WriteLine(Usage);
            return args.Count == 0 ? UnusableInput : Clean;
        }

        stderr.WriteLine($"judgeeval: error JE0002: unknown command '{args[0]}'.");
        stderr.WriteLine(Usage);
        return UnusableInput;
    }

    public const string Usage = """
        usage: judgeeval run <manifest> [--out DIR]
        """;
}
