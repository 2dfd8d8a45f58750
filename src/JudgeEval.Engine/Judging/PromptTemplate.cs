using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Judging;

/// <summary>
/// A rubric template: optional "--- system ---" and "--- user ---" sections with {{name}} placeholders.
/// Without section markers the whole text is the user message.
/// </summary>
public sealed partial class PromptTemplate
{
    public static readonly IReadOnlyList<string> BuiltIns = ["relevance", "quality", "safety", "pairwise"];

    public static readonly IReadOnlySet<string> KnownPlaceholders =
        new HashSet<string>(["query", "text", "textA", "textB", "scaleMin", "scaleMax"], StringComparer.Ordinal);

    readonly IReadOnlyList<ChatTurn> sections;

    PromptTemplate(string name, string version, IReadOnlyList<ChatTurn> sections, IReadOnlySet<string> placeholders)
    {
        Name = name;
        Version = version;
        this.sections = sections;
        Placeholders = placeholders;
    }

    public string Name { get; }

    /// <summary>Name plus a hash of the template text: part of every cache key, so an edited rubric is never served stale answers.</summary>
    public string Version { get; }

    public IReadOnlySet<string> Placeholders { get; }

    /// <summary>A built-in rubric by name, or a template file; problems become diagnostics at the judge (or inside the file).</summary>
    public static PromptTemplate? Load(string prompt, string baseDirectory, TaskKind task, SourceLocation? at, ICollection<Diagnostic> diagnostics)
    {
        if (BuiltIns.Contains(prompt, StringComparer.Ordinal))
        {
            return Parse(prompt, BuiltInText(prompt), null, at, task, diagnostics);
        }

        var path = Path.GetFullPath(Path.Combine(baseDirectory, prompt));
        if (!File.Exists(path))
        {
            diagnostics.Add(JudgingDiagnostics.UnknownPrompt.Create(
                $"Prompt '{prompt}' is not a built-in rubric ({string.Join(", ", BuiltIns)}) and no file '{path}' exists.", at));
            return null;
        }

        if (PromptLimits.Refuse(path, at) is { } refused)
        {
            diagnostics.Add(refused);
            return null;
        }

        return Parse("file:" + Path.GetFileName(path), File.ReadAllText(path), path, at, task, diagnostics);
    }

    /// <summary>
    /// What identifies a prompt's text, without checking it against a task: its name, its version as the cache key
    /// uses it (name@first 12 hex digits) and the full SHA-256 of its text. Null when a template file is missing.
    /// </summary>
    public static (string Name, string Version, string Hash)? Identify(string prompt, string baseDirectory)
    {
        var builtIn = BuiltIns.Contains(prompt, StringComparer.Ordinal);
        var path = builtIn ? null : Path.GetFullPath(Path.Combine(baseDirectory, prompt));
        if (path is not null && !File.Exists(path))
        {
            return null;
        }

        var (name, text) = path is null ? (prompt, BuiltInText(prompt)) : ("file:" + Path.GetFileName(path), File.ReadAllText(path));
        var hash = Sha256(text);
        return (name, $"{name}@{hash[..12]}", hash);
    }

    static string Sha256(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();

    public static string BuiltInText(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("JudgeEval.Prompts." + name)
            ?? throw new InvalidOperationException($"Built-in prompt '{name}' is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    /// <summary>Checks placeholders against the task; unknown ones are located in the file when there is one.</summary>
    public static PromptTemplate? Parse(string name, string text, string? file, SourceLocation? at, TaskKind task, ICollection<Diagnostic> diagnostics)
    {
        var ok = true;
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in Placeholder().Matches(text))
        {
            var key = m.Groups[1].Value.Trim();
            if (KnownPlaceholders.Contains(key))
            {
                used.Add(key);
                continue;
            }

            ok = false;
            var where = file is null ? at : Locate(file, text, m.Index, m.Length);
            diagnostics.Add(JudgingDiagnostics.UnknownPlaceholder.Create(
                $"Prompt '{name}' uses unknown placeholder '{m.Value}'; known: {string.Join(", ", KnownPlaceholders.Select(k => "{{" + k + "}}"))}.", where));
        }

        var fits = task == TaskKind.Pairwise
            ? used.Contains("textA") && used.Contains("textB") && !used.Contains("text")
            : used.Contains("text") && !used.Contains("textA") && !used.Contains("textB");
        if (!fits)
        {
            ok = false;
            diagnostics.Add(JudgingDiagnostics.PromptDoesNotFitTask.Create(
                task == TaskKind.Pairwise
                    ? $"Prompt '{name}' is used for a pairwise task but does not show both outputs with {{{{textA}}}} and {{{{textB}}}} (and no {{{{text}}}})."
                    : $"Prompt '{name}' is used for a pointwise task but does not show the output with {{{{text}}}} (or uses {{{{textA}}}}/{{{{textB}}}}).",
                at));
        }

        if (!ok)
        {
            return null;
        }

        return new PromptTemplate(name, $"{name}@{Sha256(text)[..12]}", Split(text), used);
    }

    /// <summary>
    /// Fills the placeholders in one pass, so item text that itself contains "{{text}}" is never expanded.
    /// Returns null with the name of the first value the item lacks.
    /// </summary>
    public IReadOnlyList<ChatTurn>? Render(IReadOnlyDictionary<string, string?> values, out string? lacking)
    {
        lacking = Placeholders.FirstOrDefault(p => values.GetValueOrDefault(p) is null);
        if (lacking is not null)
        {
            return null;
        }

        return [.. sections.Select(s => s with
        {
            Content = Placeholder().Replace(s.Content, m => values[m.Groups[1].Value.Trim()]!),
        })];
    }

    public static IReadOnlyDictionary<string, string?> Values(EvalItem item, Scale scale, bool swapped) => new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["query"] = item.Query,
        ["text"] = item.Text,
        ["textA"] = swapped ? item.TextB : item.Text,
        ["textB"] = swapped ? item.Text : item.TextB,
        ["scaleMin"] = scale.Min.ToString(CultureInfo.InvariantCulture),
        ["scaleMax"] = scale.Max.ToString(CultureInfo.InvariantCulture),
    };

    static List<ChatTurn> Split(string text)
    {
        var turns = new List<ChatTurn>();
        string? role = null;
        var body = new StringBuilder();
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var marker = Section().Match(line);
            if (marker.Success)
            {
                Flush();
                role = marker.Groups[1].Value.ToLowerInvariant();
                continue;
            }

            body.Append(line).Append('\n');
        }

        Flush();
        return turns;

        void Flush()
        {
            var content = body.ToString().Trim('\n');
            if (content.Length > 0 || role is not null)
            {
                turns.Add(new ChatTurn(role ?? "user", content));
            }

            body.Clear();
        }
    }

    static SourceLocation Locate(string file, string text, int index, int length)
    {
        var line = 1 + text.AsSpan(0, index).Count('\n');
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        var column = index - lineStart + 1;
        return new SourceLocation(file, line, column, line, column + length - 1);
    }

    [GeneratedRegex(@"\{\{([^{}]*)\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^---\s*(system|user)\s*---\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Section();
}
