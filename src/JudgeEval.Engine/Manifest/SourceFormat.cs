using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Manifest;

/// <summary>An importer as the manifest sees it: which roles it can fill and which options it reads.</summary>
public sealed record SourceFormat(string Name, IReadOnlyList<DataRole> Roles, IReadOnlyList<string> Options)
{
    /// <summary>Options holding a path (relative to the manifest) to a file that must exist.</summary>
    public IReadOnlyList<string> FileOptions { get; init; } = [];

    /// <summary>Options a judgments source of this format cannot do without.</summary>
    public IReadOnlyList<string> RequiredForJudgments { get; init; } = [];
}
