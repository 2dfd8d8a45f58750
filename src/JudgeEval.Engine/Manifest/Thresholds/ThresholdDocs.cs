using System.Text;

namespace JudgeEval.Engine.Manifest;

/// <summary>
/// The generated views of <see cref="ThresholdTable"/>: the thresholds table of docs/manifest.md and the MSBuild
/// property items of build/JudgeEval.Tasks.targets, each between a begin and an end marker line.
/// </summary>
public static class ThresholdDocs
{
    public const string Begin = "thresholds: generated from ThresholdTable; JUDGEEVAL_UPDATE_DOCS=1 dotnet test rewrites this block";

    public const string End = "thresholds: end of the generated block";

    public static string MarkdownTable()
    {
        var text = new StringBuilder()
            .AppendLine("| threshold | MSBuild property | type | range | default | meaning |")
            .AppendLine("|---|---|---|---|---|---|");
        foreach (var t in ThresholdTable.All)
        {
            text.Append("| `").Append(t.Name).Append("` | `").Append(t.PropertyName).Append("` | ").Append(TypeName(t.Kind))
                .Append(" | ").Append(t.ShowRange()).Append(" | ").Append(t.ShowDefault()).Append(" | ").Append(t.Meaning).AppendLine(" |");
        }

        return text.ToString();
    }

    /// <summary>One item per threshold: a set property becomes a `--threshold name=value` option of the engine.</summary>
    public static string TargetsItems()
    {
        var text = new StringBuilder();
        foreach (var t in ThresholdTable.All)
        {
            text.Append("    <_JudgeEvalThreshold Include=\"").Append(t.Name).Append("\" Value=\"$(").Append(t.PropertyName)
                .Append(")\" Condition=\"'$(").Append(t.PropertyName).AppendLine(")' != ''\" />");
        }

        return text.ToString();
    }

    /// <summary>The value's type, as docs and the manifest's JSON schema name it.</summary>
    public static string TypeName(ThresholdKind kind) => kind switch
    {
        ThresholdKind.Flag => "boolean",
        ThresholdKind.WholeNumber => "integer",
        _ => "number",
    };
}
