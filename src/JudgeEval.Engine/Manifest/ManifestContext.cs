using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Import;
using JudgeEval.Engine.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace JudgeEval.Engine.Manifest;

/// <summary>State shared by the section readers: the file, its folder, the diagnostics so far and the referenced files.</summary>
internal sealed class ManifestContext
{
    readonly string[] lines;
    readonly List<string> referenced = [];
    readonly HashSet<string> referencedSet = new(StringComparer.Ordinal);

    public ManifestContext(string file, string directory, string text)
    {
        File = file;
        Directory = directory;
        lines = text.ReplaceLineEndings("\n").Split('\n');
    }

    public string File { get; }

    public string Directory { get; }

    public List<Diagnostic> Diagnostics { get; } = [];

    public IReadOnlyList<string> ReferencedFiles => referenced;

    public bool HasErrors => Diagnostics.Exists(d => d.Severity == Severity.Error);

    public SourceLocation Point(Mark mark) => SourceLocation.At(File, (int)mark.Line, (int)mark.Column);

    /// <summary>
    /// The node's span. YamlDotNet marks a collection's end at its start event (flow) or at the next token (block),
    /// so collections end at their last value, plus the closing bracket when in flow style.
    /// </summary>
    public SourceLocation At(YamlNode node) => Span(node.Start, EndExclusive(node));

    public SourceLocation Span(Mark start, Mark endExclusive) => Span(start, ((int)endExclusive.Line, (int)endExclusive.Column));

    SourceLocation Span(Mark start, (int Line, int Column) endExclusive)
    {
        int line = endExclusive.Line, column = endExclusive.Column - 1;
        if (column < 1 && line > start.Line)
        {
            line--;
            column = Math.Max(1, LineLength(line));
        }

        if (line < start.Line || (line == start.Line && column < start.Column))
        {
            (line, column) = ((int)start.Line, (int)start.Column);
        }

        return new SourceLocation(File, (int)start.Line, (int)start.Column, line, column);
    }

    public void Report(DiagnosticDescriptor descriptor, string message, SourceLocation at) => Diagnostics.Add(descriptor.Create(message, at));

    public void Report(DiagnosticDescriptor descriptor, string message, YamlNode node) => Report(descriptor, message, At(node));

    /// <summary>Resolves a path written in the manifest against its folder; reports JE0019 at the scalar when the file is absent.</summary>
    public string? ExistingFile(YamlScalarNode node, string where)
    {
        var absolute = Absolute(node, where);
        if (absolute is null)
        {
            return null;
        }

        if (!System.IO.File.Exists(absolute))
        {
            var what = System.IO.Directory.Exists(absolute) ? "is a folder, not a file" : "does not exist";
            Report(ManifestDiagnostics.FileNotFound, $"{where}: '{node.Value}' {what} (resolved to '{absolute}').", node);
            return null;
        }

        if (InputFile.NotRegular(absolute) is { } kind)
        {
            Report(DataLimits.NotRegularFile, $"{where}: '{node.Value}' is {kind}; only regular files are read (resolved to '{absolute}').", node);
            return null;
        }

        Reference(absolute);
        return absolute;
    }

    /// <summary>
    /// Resolves a folder written in the manifest (a result store); reports JE0019 when it is absent. The folder and
    /// every file below it become inputs. MSBuild cannot see files added to a folder and treats a folder input as
    /// always out of date, so a build whose data is a folder runs the eval every time instead of replaying a result
    /// that misses the newest test run.
    /// </summary>
    public string? ExistingFolder(YamlScalarNode node, string where)
    {
        var absolute = Absolute(node, where);
        if (absolute is null)
        {
            return null;
        }

        if (!System.IO.Directory.Exists(absolute))
        {
            var what = System.IO.File.Exists(absolute) ? "is a file, not a folder" : "does not exist";
            Report(ManifestDiagnostics.FileNotFound, $"{where}: '{node.Value}' {what} (resolved to '{absolute}').", node);
            return null;
        }

        Reference(absolute);
        foreach (var file in System.IO.Directory.EnumerateFiles(absolute, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            Reference(file);
        }

        return absolute;
    }

    /// <summary>Resolves a path written in the manifest against its folder, without requiring it to exist.</summary>
    public string? Absolute(YamlScalarNode node, string where)
    {
        var written = node.Value ?? string.Empty;
        if (written.Length == 0 || written.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            Report(ManifestDiagnostics.BadValue, $"{where}: '{written}' is not a valid path.", node);
            return null;
        }

        return Path.GetFullPath(Path.Combine(Directory, written));
    }

    public void Reference(string absolutePath)
    {
        if (referencedSet.Add(absolutePath))
        {
            referenced.Add(absolutePath);
        }
    }

    int LineLength(int line) => line >= 1 && line <= lines.Length ? lines[line - 1].Length : 0;

    (int Line, int Column) EndExclusive(YamlNode node) => node switch
    {
        YamlMappingNode { Style: MappingStyle.Flow } m => AfterCloser(m.Children.Count > 0 ? EndExclusive(m.Children[^1].Value) : AfterStart(m)),
        YamlSequenceNode { Style: SequenceStyle.Flow } s => AfterCloser(s.Children.Count > 0 ? EndExclusive(s.Children[^1]) : AfterStart(s)),
        YamlMappingNode m when m.Children.Count > 0 => EndExclusive(m.Children[^1].Value),
        YamlSequenceNode s when s.Children.Count > 0 => EndExclusive(s.Children[^1]),
        _ => ((int)node.End.Line, (int)node.End.Column),
    };

    static (int Line, int Column) AfterStart(YamlNode node) => ((int)node.Start.Line, (int)node.Start.Column + 1);

    /// <summary>Just past the flow collection's closing bracket, found after its last value (commas and blanks between).</summary>
    (int Line, int Column) AfterCloser((int Line, int Column) from)
    {
        for (var (line, column) = from; line <= lines.Length; line++, column = 1)
        {
            var text = lines[line - 1];
            for (; column <= text.Length; column++)
            {
                var c = text[column - 1];
                if (c is ' ' or '\t' or ',')
                {
                    continue;
                }

                return c is '}' or ']' ? (line, column + 1) : from;
            }
        }

        return from;
    }
}
