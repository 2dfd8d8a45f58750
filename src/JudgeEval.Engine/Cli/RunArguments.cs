using System.Globalization;

namespace JudgeEval.Engine.Cli;

/// <summary>The options of `judgeeval run`, parsed without touching the file system.</summary>
public sealed record RunArguments
{
    public const string DefaultOut = "judgeeval-out";

    public required string Manifest { get; init; }

    public string Out { get; init; } = DefaultOut;

    /// <summary>Where to write findings for the MSBuild replay task (tab-separated); none when null.</summary>
    public string? Diagnostics { get; init; }

    /// <summary>Where to write the manifest and every data file read, one full path a line (incremental build inputs).</summary>
    public string? Inputs { get; init; }

    public IReadOnlyList<KeyValuePair<string, string>> Thresholds { get; init; } = [];

    public bool? Offline { get; init; }

    /// <summary>An earlier results.json to compare against (agreement drops, SARIF baselineState).</summary>
    public string? Baseline { get; init; }

    public string HelpBase { get; init; } = DefaultHelpBase;

    /// <summary>The folder SARIF URIs and CI annotations are relative to; null: the git work tree's root, found from the manifest.</summary>
    public string? SarifRoot { get; init; }

    /// <summary>
    /// The diagnostics pages shipped beside the engine (docs/diagnostics/ in its output, the tool package and the MSBuild
    /// package), as a file URI: a link that resolves wherever judgeeval runs. --help-base (JudgeEvalHelpBaseUrl) points
    /// them at a hosted copy instead.
    /// </summary>
    public static string DefaultHelpBase { get; } =
        new Uri(Path.Combine(AppContext.BaseDirectory, "docs", "diagnostics")).AbsoluteUri;

    /// <summary>Parses the words after `run`; returns an error message instead of throwing.</summary>
    public static (RunArguments? Arguments, string? Error) Parse(IReadOnlyList<string> words)
    {
        string? manifest = null;
        var result = new RunArguments { Manifest = "" };
        var thresholds = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            string Value() => i + 1 < words.Count ? words[++i] : throw new FormatException($"option '{word}' needs a value");
            try
            {
                switch (word)
                {
                    case "--out" or "-o": result = result with { Out = Value() }; break;
                    case "--diagnostics": result = result with { Diagnostics = Value() }; break;
                    case "--inputs": result = result with { Inputs = Value() }; break;
                    case "--baseline": result = result with { Baseline = Value() }; break;
                    case "--help-base": result = result with { HelpBase = Value().TrimEnd('/') }; break;
                    case "--sarif-root": result = result with { SarifRoot = Value() }; break;
                    case "--offline": result = result with { Offline = true }; break;
                    case "--online": result = result with { Offline = false }; break;
                    case "--threshold" or "-t": thresholds.Add(ParsePair(Value())); break;
                    case var _ when word.StartsWith('-'): return (null, $"unknown option '{word}'");
                    case var _ when manifest is null: manifest = word; break;
                    default: return (null, $"unexpected argument '{word}'");
                }
            }
            catch (FormatException e)
            {
                return (null, e.Message);
            }
        }

        return manifest is null
            ? (null, "missing the manifest path")
            : (result with { Manifest = manifest, Thresholds = thresholds }, null);
    }

    static KeyValuePair<string, string> ParsePair(string text)
    {
        var eq = text.IndexOf('=', StringComparison.Ordinal);
        return eq > 0 && eq < text.Length - 1
            ? new(text[..eq].Trim(), text[(eq + 1)..].Trim())
            : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"--threshold expects name=value, got '{text}'"));
    }
}
