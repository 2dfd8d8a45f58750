using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Import;
using YamlDotNet.RepresentationModel;

namespace JudgeEval.Engine.Manifest;

/// <summary>
/// Reads data sources: `{ path, format, ...options }`, or (items, humanLabels) a list of them. What each format accepts
/// comes from its importer's description in <see cref="Importers"/>, the one registry of formats.
/// </summary>
internal static class SourceReader
{
    const string LabeledOn = "labeledOn";

    public static IReadOnlyList<SourceSpec> ReadMany(ManifestContext cx, YamlNode node, string where, DataRole role, LabelSourceNotes? labels)
    {
        if (node is not YamlSequenceNode list)
        {
            return ReadOne(cx, node, where, role, labels) is { } one ? [one] : [];
        }

        if (list.Children.Count == 0)
        {
            cx.Report(ManifestDiagnostics.BadValue, $"{where} must name at least one source.", list);
        }

        return [.. list.Children.Select((n, i) => ReadOne(cx, n, $"{where}[{i}]", role, labels)).OfType<SourceSpec>()];
    }

    public static SourceSpec? ReadOne(ManifestContext cx, YamlNode node, string where, DataRole role, LabelSourceNotes? labels)
    {
        if (node is YamlScalarNode)
        {
            cx.Report(ManifestDiagnostics.WrongType, $"{where} must be a mapping {{ path: ..., format: ... }}, not {Scalars.Describe(node)}.", node);
            return null;
        }

        IReadOnlyCollection<string> allowed = labels is null
            ? ["path", "format", .. Importers.AllOptions]
            : ["path", "format", LabeledOn, LabelSourceNotes.ConsensusKey, LabelSourceNotes.RoundingKey, .. Importers.AllOptions];
        var s = Section.Open(cx, node, where, allowed);
        if (s is null)
        {
            return null;
        }

        if (labels is not null && s.Date(LabeledOn) is { } date)
        {
            labels.Dates.Add(new LabelDate(date, s.ValueAt(LabeledOn)));
        }

        labels?.Read(s);

        var format = ReadFormat(s, role);
        var pathNode = s.Required("path");
        var path = pathNode is null ? null : Scalars.Scalar(cx, pathNode, s.Where("path"), "a file path");
        var absolute = path is null ? null : format?.PathIsFolder == true ? cx.ExistingFolder(path, s.Where("path")) : cx.ExistingFile(path, s.Where("path"));
        var (options, optionsAt) = ReadOptions(s, format, role);
        if (format is null || absolute is null || options is null)
        {
            return null;
        }

        return new SourceSpec
        {
            Path = absolute,
            Format = format.Name,
            BaseDirectory = cx.Directory,
            Options = options,
            OptionsAt = optionsAt,
            DeclaredAt = cx.At(s.Node),
        };
    }

    static SourceFormat? ReadFormat(Section s, DataRole role)
    {
        var name = s.Text("format", required: true);
        if (name is null)
        {
            return null;
        }

        var format = Importers.Find(name)?.Format;
        if (format is null)
        {
            s.Context.Report(ManifestDiagnostics.UnknownFormat, $"{s.Where("format")}: '{name}' is not a data format.{Suggestions.Hint(name, Importers.Formats)}", s.ValueAt("format"));
            return null;
        }

        if (!format.Roles.Contains(role))
        {
            var can = string.Join(", ", format.Roles.Select(SourceFormat.Describe));
            s.Context.Report(ManifestDiagnostics.FormatRole, $"{s.Where("format")}: '{name}' files cannot provide {SourceFormat.Describe(role)} (only {can}).", s.ValueAt("format"));
            return null;
        }

        return format;
    }

    static (Dictionary<string, string>? Options, Dictionary<string, SourceLocation> At) ReadOptions(Section s, SourceFormat? format, DataRole role)
    {
        var cx = s.Context;
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var at = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var ok = true;
        foreach (var key in s.Keys.Where(k => Importers.AllOptions.Contains(k)))
        {
            if (format is not null && !format.Options.Contains(key))
            {
                var takes = format.Options.Count == 0 ? "takes no options" : "reads only " + string.Join(", ", format.Options);
                cx.Report(ManifestDiagnostics.FormatOption, $"{s.Where(key)}: the '{format.Name}' format has no option '{key}' (it {takes}).", s.KeyAt(key));
                ok = false;
                continue;
            }

            var value = s.Text(key, required: true);
            if (value is null)
            {
                ok = false;
                continue;
            }

            options[key] = value;
            at[key] = s.ValueAt(key);
            ok &= CheckOption(s, key, value, format);
        }

        foreach (var needed in role == DataRole.Judgments && format is not null ? format.RequiredForJudgments : [])
        {
            if (!s.Has(needed))
            {
                cx.Report(ManifestDiagnostics.FormatOption, $"{Section.Label(s.Path)}: '{format!.Name}' judgments need '{needed}' (the judge's name inside the file).", s.At);
                ok = false;
            }
        }

        return (ok ? options : null, at);
    }

    static bool CheckOption(Section s, string key, string value, SourceFormat? format)
    {
        if (key == "delimiter" && value.Length != 1)
        {
            s.Context.Report(ManifestDiagnostics.BadValue, $"{s.Where(key)} must be one character (write \"\\t\" for a tab).", s.ValueAt(key));
            return false;
        }

        if (format is not null && format.FileOptions.Contains(key) && s.Value(key) is YamlScalarNode pathNode)
        {
            return s.Context.ExistingFile(pathNode, s.Where(key)) is not null;
        }

        return true;
    }
}
