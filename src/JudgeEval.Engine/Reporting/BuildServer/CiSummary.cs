using JudgeEval.Engine.Workspace;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Reporting.BuildServer;

/// <summary>What the CI summary shows: the run, where each judge sits in the manifest, and where the outputs are.</summary>
public sealed record CiSummary
{
    /// <summary>Null when the input was unusable.</summary>
    public EvalResults? Results { get; init; }

    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    /// <summary>Each judge's manifest entry: the findings located there are that judge's gates.</summary>
    public IReadOnlyDictionary<string, SourceLocation> JudgeLocations { get; init; } = new Dictionary<string, SourceLocation>();

    public required RepositoryContext Repository { get; init; }

    public required string ManifestPath { get; init; }

    /// <summary>Null when no report was written (unusable input).</summary>
    public string? ReportPath { get; init; }

    public required string SarifPath { get; init; }

    /// <summary>The CI run's page, where its artifacts are; null when unknown.</summary>
    public string? RunUrl { get; init; }
}
