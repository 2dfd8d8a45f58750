using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.IO;

namespace JudgeEval.Engine.Manifest;

/// <summary>
/// What the manifest reader accepts before it parses anything (JE0030-JE0039): a regular file of at most
/// <see cref="MaxBytes"/>, nested at most <see cref="MaxDepth"/> collections deep. Past these a hostile or broken
/// manifest would block the build, exhaust its memory or overflow the parser's stack.
/// </summary>
public static class ManifestLimits
{
    /// <summary>1 MiB: a manifest is a page of settings; data belong in the files it names.</summary>
    public const int MaxBytes = 1 << 20;

    /// <summary>A real manifest nests about six deep (judges, a judge, its judgments, an option).</summary>
    public const int MaxDepth = 64;

    public static readonly DiagnosticDescriptor NotRegularFile = new(
        "JE0030", "Manifest is not a regular file", Severity.Error,
        "The manifest path names a named pipe (FIFO), a device such as /dev/zero, or a folder, directly or through a symbolic link. judgeeval reads only regular files: a pipe would block the build forever and a device never ends.",
        "Point judgeeval (JudgeEvalManifest under MSBuild) at the judgeeval.yaml file itself.");

    public static readonly DiagnosticDescriptor TooLarge = new(
        "JE0031", "Manifest too large", Severity.Error,
        "The manifest is larger than 1 MiB (1,048,576 bytes). A manifest holds settings and the paths of data files; it is not read past this size.",
        "Move data (items, labels, judgments) into files the manifest names under `items`, `humanLabels` and `judgments`.");

    public static readonly DiagnosticDescriptor TooDeep = new(
        "JE0032", "Manifest nested too deeply", Severity.Error,
        "Lists and mappings in the manifest are nested more than 64 deep. No manifest setting needs more than a few levels; deeper nesting is refused before it is loaded, so it cannot exhaust the parser's stack.",
        "Fix the YAML at the reported position (often an unclosed `[` or `{`).");

    /// <summary>Null when the file may be read; else the located reason it is not.</summary>
    public static Diagnostic? Refuse(string path)
    {
        var origin = SourceLocation.At(path, 1, 1);
        if (InputFile.NotRegular(path) is { } what)
        {
            return NotRegularFile.Create($"The manifest '{path}' is {what}; only a regular file is read.", origin);
        }

        var length = InputFile.Length(path);
        return length > MaxBytes
            ? TooLarge.Create($"The manifest '{path}' has {InputFile.Size(length)}, more than the {InputFile.Size(MaxBytes)} a manifest may have.", origin)
            : null;
    }
}
