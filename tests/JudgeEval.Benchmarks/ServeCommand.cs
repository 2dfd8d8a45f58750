using System.Globalization;

namespace JudgeEval.Benchmarks;

/// <summary>
/// `serve [--latency MS] [--seconds S]`: runs <see cref="LocalChatServer"/> on its own, so other clients (the judgeeval
/// CLI, promptfoo) can be timed against the same server. Prints its base URL, then stops by itself after --seconds
/// (default 600).
/// </summary>
static class ServeCommand
{
    public static int Run(string[] args)
    {
        var latency = Option(args, "--latency", 20);
        var seconds = Option(args, "--seconds", 600);
        using var server = new LocalChatServer(TimeSpan.FromMilliseconds(latency));
        Console.WriteLine(server.BaseUrl);
        Console.Out.Flush();
        Thread.Sleep(TimeSpan.FromSeconds(seconds));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"served {server.Served} requests"));
        return 0;
    }

    static int Option(string[] args, string name, int fallback) =>
        Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}
