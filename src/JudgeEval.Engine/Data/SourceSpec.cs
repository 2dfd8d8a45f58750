using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Data;

/// <summary>
/// A data source as the manifest declares it: the file, the importer (`format`), the importer's options and the
/// manifest nodes that declared them, so every import problem can point back at the line to fix.
/// </summary>
public sealed record SourceSpec
{
    /// <summary>Absolute path, already resolved against <see cref="BaseDirectory"/>.</summary>
    public required string Path { get; init; }

    public required string Format { get; init; }

    /// <summary>The manifest's folder: relative paths inside options (e.g. `modelIds`) resolve against it.</summary>
    public required string BaseDirectory { get; init; }

    /// <summary>Options beside path and format (`key`, `delimiter`, `modelIds`, `subset`), as written.</summary>
    public IReadOnlyDictionary<string, string> Options { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The source's node in the manifest (the mapping, or the scalar for a plain path).</summary>
    public required SourceLocation DeclaredAt { get; init; }

    /// <summary>Where each option's value was written; falls back to <see cref="DeclaredAt"/>.</summary>
    public IReadOnlyDictionary<string, SourceLocation> OptionsAt { get; init; } = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);

    public SourceLocation OptionAt(string name) => OptionsAt.TryGetValue(name, out var at) ? at : DeclaredAt;

    public string? Option(string name) => Options.TryGetValue(name, out var value) ? value : null;

    /// <summary>
    /// The task's scale is binary (0..1): scores and labels may then be written as booleans (true/false, yes/no,
    /// pass/fail), read as 1 and 0. Set by the pipeline from the manifest's task.
    /// </summary>
    public bool BinaryScale { get; init; }

    /// <summary>
    /// The run's table of ids, shared by the sources it imports so that an id repeated across files is one string.
    /// Set by the pipeline for the read, like <see cref="BinaryScale"/>; without it an import shares ids within its file.
    /// </summary>
    public IdTable? Ids { get; init; }
}
