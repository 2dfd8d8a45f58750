using JudgeEval.Engine.Cli;
using JudgeEval.Engine.Pipeline;
using JudgeEval.Engine.Reporting.Json;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Tests.Workspace;

/// <summary>`judgeeval run` as a CI job runs it: the given environment variables only, a fixed clock, output captured.</summary>
sealed record CiRun(int ExitCode, string Stdout, string Stderr, string Out, EvalResults? RunResults)
{
    public static readonly DateTimeOffset Noon = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    public IReadOnlyList<string> Lines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public IReadOnlyList<string> Commands(string prefix) => [.. Lines.Where(l => l.StartsWith(prefix, StringComparison.Ordinal))];

    /// <summary>The results.json this run wrote (read right after it, as a later run in the same folder replaces it).</summary>
    public EvalResults Results => RunResults ?? throw new InvalidOperationException("the run wrote no results.json");

    public static CiRun Start(string manifest, string outDir, IReadOnlyDictionary<string, string> environment, DateTimeOffset? at = null, params string[] options)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var host = new LiveServices { Environment = name => environment.TryGetValue(name, out var v) ? v : null, Time = new FixedClock(at ?? Noon) };
        var exit = RunCommand.Run([manifest, "--out", outDir, .. options], stdout, stderr, host);
        var results = Path.Combine(outDir, "results.json");
        return new CiRun(exit, stdout.ToString(), stderr.ToString(), outDir, File.Exists(results) ? ResultsJson.Deserialize(File.ReadAllText(results)) : null);
    }

    sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

/// <summary>
/// GitHub's runner reading a workflow command, written from its documented rules independently of the engine: the
/// command starts the (left-trimmed) line, "::" closes the command info, ',' separates properties, and %0D %0A %25 (and
/// in properties %3A %2C) are unescaped.
/// </summary>
static class WorkflowCommand
{
    public static (string Command, Dictionary<string, string> Properties, string Message) Parse(string line)
    {
        var text = line.TrimStart();
        Assert.StartsWith("::", text, StringComparison.Ordinal);
        var end = text.IndexOf("::", 2, StringComparison.Ordinal);
        var info = text[2..end];
        var space = info.IndexOf(' ', StringComparison.Ordinal);
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in space < 0 ? [] : info[(space + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            properties[kv[0]] = Data(kv[1]).Replace("%3A", ":", StringComparison.Ordinal).Replace("%2C", ",", StringComparison.Ordinal);
        }

        return (space < 0 ? info : info[..space], properties, Data(text[(end + 2)..]));
    }

    static string Data(string s) => s.Replace("%0D", "\r", StringComparison.Ordinal).Replace("%0A", "\n", StringComparison.Ordinal).Replace("%25", "%", StringComparison.Ordinal);
}
