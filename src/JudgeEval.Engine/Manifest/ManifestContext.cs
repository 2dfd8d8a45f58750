using JudgeEval.Engine.Diagnostics;
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

    /// <summary>The node's span. Block collections end at their last value, not at the next token YamlDotNet reports.</summary>
    public SourceLocation At(YamlNode node) => Span(node.Start, LastLeaf(node).End);

    public SourceLocation Span(Mark start, Mark endExclusive)
    {
        int line = (int)endExclusive.Line, column = (int)endExclusive.Column - 1;
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

        Reference(absolute);
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

    static YamlNode LastLeaf(YamlNode node) => node switch
    {
        YamlMappingNode { Style: not MappingStyle.Flow } m when m.Children.Count > 0 => LastLeaf(m.Children[^1].Value),
        YamlSequenceNode { Style: not SequenceStyle.Flow } s when s.Children.Count > 0 => LastLeaf(s.Children[^1]),
        _ => node,
    };
}
