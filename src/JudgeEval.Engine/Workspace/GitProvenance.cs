namespace JudgeEval.Engine.Workspace;

/// <summary>
/// The git work tree a run's manifest lives in: its root folder, and what SARIF's versionControlProvenance records.
/// Commit and branch are null when they cannot be read (a detached HEAD has no branch).
/// </summary>
public sealed record GitProvenance(string Root, string? RepositoryUri, string? Commit, string? Branch);
