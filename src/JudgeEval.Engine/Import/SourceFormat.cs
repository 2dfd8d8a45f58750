using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Import;

/// <summary>
/// An importer as the manifest sees it: its `format` name, which roles it can fill and which options it reads. Each
/// importer declares its own (<see cref="ISourceImporter.Format"/>); the manifest reader validates sources against the
/// descriptions in <see cref="Importers"/>.
/// </summary>
public sealed record SourceFormat(string Name, IReadOnlyList<DataRole> Roles, IReadOnlyList<string> Options)
{
    /// <summary>Items, human labels and judgments: a format that can fill every role.</summary>
    public static IReadOnlyList<DataRole> AnyRole { get; } = [DataRole.Items, DataRole.HumanLabels, DataRole.Judgments];

    /// <summary>Options holding a path (relative to the manifest) to a file that must exist.</summary>
    public IReadOnlyList<string> FileOptions { get; init; } = [];

    /// <summary>The `path` names a folder (e.g. a result store), not a file; every file below it is an input of the build.</summary>
    public bool PathIsFolder { get; init; }

    /// <summary>Options a judgments source of this format cannot do without.</summary>
    public IReadOnlyList<string> RequiredForJudgments { get; init; } = [];

    /// <summary>The role as messages name it: "items", "human labels", "judgments".</summary>
    public static string Describe(DataRole role) => role switch
    {
        DataRole.Items => "items",
        DataRole.HumanLabels => "human labels",
        _ => "judgments",
    };
}
