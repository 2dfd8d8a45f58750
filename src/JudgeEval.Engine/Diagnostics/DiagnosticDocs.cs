using System.Text;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Diagnostics;

/// <summary>Renders a code's docs page (docs/diagnostics/JExxxx.md) from its descriptor, so docs and code cannot drift.</summary>
public static class DiagnosticDocs
{
    public static string Page(DiagnosticDescriptor d)
    {
        var text = new StringBuilder()
            .Append("# ").Append(d.Code).Append(": ").AppendLine(d.Title)
            .AppendLine()
            .Append("Default severity: **").Append(EnumNames.Of(d.DefaultSeverity)).AppendLine("**")
            .AppendLine()
            .AppendLine("## What it means")
            .AppendLine()
            .AppendLine(d.Description)
            .AppendLine()
            .AppendLine("## How to fix it")
            .AppendLine()
            .AppendLine(d.Fix)
            .AppendLine()
            .AppendLine("## Changing its severity")
            .AppendLine();
        if (d.SeverityRule is { } rule)
        {
            text.Append("The engine changes it: ").AppendLine(rule).AppendLine();
        }

        return text.AppendLine(HowToChange(d)).AppendLine().Append("See [the catalog](README.md) and [MSBuild integration](../msbuild.md).").AppendLine().ToString();
    }

    /// <summary>What MSBuild's severity switches do to a code of this default severity (they act on warnings only).</summary>
    static string HowToChange(DiagnosticDescriptor d) => d.DefaultSeverity switch
    {
        Severity.Error =>
            "An error fails the build, and nothing in MSBuild changes that: `NoWarn`, `WarningsAsErrors` and `MSBuildWarningsAsMessages` act on warnings only. Fix the cause.",
        Severity.Warning =>
            $"As a warning, `<NoWarn>$(NoWarn);{d.Code}</NoWarn>` silences it and `<WarningsAsErrors>$(WarningsAsErrors);{d.Code}</WarningsAsErrors>` (or `-warnaserror`) makes it an error that fails the build."
            + (d.SeverityRule is null ? string.Empty : " Where the engine reports it as an error, `NoWarn` does not silence it."),
        _ =>
            "It is a message, logged at normal importance: it never fails the build, and `NoWarn` and `WarningsAsErrors` do not apply to it.",
    };

    /// <summary>The catalog page: every code with its severity, title and fix.</summary>
    public static string Index(IEnumerable<DiagnosticDescriptor> all)
    {
        var text = new StringBuilder()
            .AppendLine("# Diagnostics catalog")
            .AppendLine()
            .AppendLine("Generated from the engine's descriptors (`tests/.../DiagnosticDocsTests` keeps it current: run the tests with `JUDGEEVAL_UPDATE_DOCS=1` after adding a code).")
            .AppendLine()
            .AppendLine("| code | default | meaning | fix |")
            .AppendLine("|---|---|---|---|");
        foreach (var d in all)
        {
            text.Append("| [").Append(d.Code).Append("](").Append(d.Code).Append(".md) | ").Append(EnumNames.Of(d.DefaultSeverity))
                .Append(" | ").Append(Cell(d.Title)).Append(": ").Append(Cell(d.Description)).Append(" | ").Append(Cell(d.Fix)).AppendLine(" |");
        }

        return text.ToString();
    }

    static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
