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
            .AppendLine()
            .Append("MSBuild: `<NoWarn>$(NoWarn);").Append(d.Code).Append("</NoWarn>` silences it; `<WarningsAsErrors>$(WarningsAsErrors);")
            .Append(d.Code).AppendLine("</WarningsAsErrors>` makes it fail the build. See [the catalog](README.md).");
        return text.ToString();
    }

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
