using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace JudgeEval.Tasks;

/// <summary>The `dotnet exec judgeeval.dll run ...` arguments (see src/JudgeEval.Engine/Cli/RunArguments.cs) and their quoting.</summary>
public static class EngineCommandLine
{
    public static IReadOnlyList<string> Arguments(EngineRunOptions o)
    {
        var args = new List<string> { "exec", o.EngineAssembly, "run", o.Manifest, "--out", o.OutputDirectory };
        AddIfSet(args, "--diagnostics", o.DiagnosticsFile);
        AddIfSet(args, "--inputs", o.InputsFile);
        foreach (var pair in o.Thresholds.Where(p => !string.IsNullOrWhiteSpace(p.Key) && !string.IsNullOrWhiteSpace(p.Value)))
        {
            args.Add("--threshold");
            args.Add(pair.Key.Trim() + "=" + pair.Value.Trim());
        }

        switch (o.Offline?.Trim().ToUpperInvariant())
        {
            case "TRUE": args.Add("--offline"); break;
            case "FALSE": args.Add("--online"); break;
        }

        AddIfSet(args, "--baseline", o.Baseline);
        AddIfSet(args, "--help-base", o.HelpBase);
        AddIfSet(args, "--sarif-root", o.SarifRoot);
        return args;
    }

    /// <summary>One string for Process.Start, quoted by the rules .NET uses to split it again on every OS.</summary>
    public static string Render(IEnumerable<string> arguments) => string.Join(" ", arguments.Select(Quote));

    public static string Quote(string argument)
    {
        if (argument.Length > 0 && argument.All(c => !char.IsWhiteSpace(c) && c != '"'))
        {
            return argument;
        }

        var text = new StringBuilder("\"");
        var backslashes = 0;
        foreach (var c in argument)
        {
            if (c == '\\')
            {
                backslashes++;
                continue;
            }

            // Backslashes are literal unless they precede a quote; then each is doubled and the quote escaped.
            text.Append('\\', c == '"' ? (backslashes * 2) + 1 : backslashes).Append(c);
            backslashes = 0;
        }

        return text.Append('\\', backslashes * 2).Append('"').ToString();
    }

    static void AddIfSet(List<string> args, string option, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            args.Add(option);
            args.Add(value!);
        }
    }
}
