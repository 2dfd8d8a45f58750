using System.Security;
using System.Text.RegularExpressions;
using JudgeEval.Engine.Cli;
using JudgeEval.Engine.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace JudgeEval.Engine.Manifest;

/// <summary>Loads and validates `judgeeval.yaml`. Bad input never throws: it becomes located diagnostics.</summary>
public static partial class ManifestLoader
{
    public static ManifestLoadResult Load(string path)
    {
        if (ManifestLimits.Refuse(path) is { } refused)
        {
            return new ManifestLoadResult(null, [refused]);
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or SecurityException)
        {
            var diagnostic = ManifestDiagnostics.Unreadable.Create($"Cannot read the manifest '{path}': {e.Message}", SourceLocation.At(path, 1, 1));
            return new ManifestLoadResult(null, [diagnostic]);
        }

        return Parse(text, path);
    }

    /// <param name="yaml">The manifest's text.</param>
    /// <param name="path">Used as the file of every location and, through its folder, to resolve relative paths.</param>
    public static ManifestLoadResult Parse(string yaml, string path)
    {
        var origin = SourceLocation.At(path, 1, 1);
        string directory;
        try
        {
            directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? Environment.CurrentDirectory;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException or SecurityException)
        {
            return new ManifestLoadResult(null, [ManifestDiagnostics.Unreadable.Create($"'{path}' is not a usable manifest path: {e.Message}", origin)]);
        }

        var cx = new ManifestContext(path, directory, yaml);
        try
        {
            var root = Root(cx, yaml);
            var manifest = root is null ? null : ManifestReader.Read(cx, root);
            return new ManifestLoadResult(cx.HasErrors ? null : manifest, cx.Diagnostics);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug, not bad input; still a located diagnostic rather than a crash of the build.
            cx.Diagnostics.Add(CliDiagnostics.InternalError.Create($"Reading the manifest failed unexpectedly: {e.GetType().Name}: {e.Message}", origin));
            return new ManifestLoadResult(null, cx.Diagnostics);
        }
    }

    static YamlNode? Root(ManifestContext cx, string yaml)
    {
        var stream = new YamlStream();
        try
        {
            if (NestingCheck.FirstTooDeep(yaml, ManifestLimits.MaxDepth) is { } deep)
            {
                cx.Report(ManifestLimits.TooDeep, $"Lists and mappings are nested more than {ManifestLimits.MaxDepth} deep here; the manifest is not loaded.", cx.Point(deep));
                return null;
            }

            using var reader = new StringReader(yaml);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            var message = MarkPrefix().Replace(e.Message, string.Empty);
            var duplicate = message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase);
            var descriptor = duplicate ? ManifestDiagnostics.DuplicateKey : ManifestDiagnostics.MalformedYaml;
            var text = duplicate ? "A key appears twice in the same mapping." : $"Malformed YAML: {message}";
            var at = message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstTabIndentedLine(yaml, (int)e.Start.Line) is { } line
                ? SourceLocation.At(cx.File, line, 1)
                : cx.Span(e.Start, e.End);
            cx.Report(descriptor, text, at);
            return null;
        }

        var documents = stream.Documents;
        if (documents.Count == 0 || Scalars.IsNull(documents[0].RootNode))
        {
            cx.Report(ManifestDiagnostics.Empty, "The manifest is empty.", SourceLocation.At(cx.File, 1, 1));
            return null;
        }

        if (documents.Count > 1)
        {
            cx.Report(ManifestDiagnostics.MalformedYaml, "The manifest must be a single YAML document; remove the second `---` and what follows, or merge them.", cx.Point(documents[1].RootNode.Start));
            return null;
        }

        return documents[0].RootNode;
    }

    /// <summary>YamlDotNet reports an indentation tab at the enclosing mapping; the line with the tab is more useful.</summary>
    static int? FirstTabIndentedLine(string yaml, int from)
    {
        var lines = yaml.ReplaceLineEndings("\n").Split('\n');
        for (var i = Math.Max(0, from - 1); i < lines.Length; i++)
        {
            var indent = lines[i][..(lines[i].Length - lines[i].TrimStart().Length)];
            if (indent.Contains('\t', StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", RegexOptions.CultureInvariant)]
    private static partial Regex MarkPrefix();
}
