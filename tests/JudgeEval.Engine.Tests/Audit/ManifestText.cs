using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Tests.Audit;

/// <summary>Finds where a manifest wrote something, so a finding's location can be checked against the YAML itself.</summary>
static class ManifestText
{
    /// <summary>The 1-based line of the first line (after the one containing <paramref name="anchor"/>) whose trimmed text starts with <paramref name="text"/> as a whole token.</summary>
    public static int Line(string manifestPath, string text, string? anchor = null)
    {
        var lines = File.ReadAllLines(manifestPath);
        var from = anchor is null ? 0 : Array.FindIndex(lines, l => l.Contains(anchor, StringComparison.Ordinal));
        Assert.True(from >= 0, $"anchor '{anchor}' not in the manifest");
        for (var i = from; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart(' ', '-');
            if (trimmed.StartsWith(text, StringComparison.Ordinal) && (trimmed.Length == text.Length || !IsIdChar(trimmed[text.Length])))
            {
                return i + 1;
            }
        }

        Assert.Fail($"'{text}' not in the manifest after '{anchor}'");
        return 0;
    }

    static bool IsIdChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' or '/';

    /// <summary>Asserts the diagnostic points into the manifest at that line.</summary>
    public static void AssertAt(Diagnostic d, string manifestPath, int line)
    {
        Assert.NotNull(d.Location);
        Assert.Equal(Path.GetFullPath(manifestPath), d.Location!.File);
        Assert.True(line == d.Location.Line, $"{d.Code} is at line {d.Location.Line}, expected {line}: {d.ToCanonicalString()}");
    }
}
