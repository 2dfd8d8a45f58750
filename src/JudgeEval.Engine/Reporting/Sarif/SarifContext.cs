using JudgeEval.Engine.Workspace;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Reporting.Sarif;

/// <summary>What a SARIF log needs beside the diagnostics.</summary>
public sealed record SarifContext
{
    public const string DefaultInformationUri = "https://github.com/judgeeval/judgeeval";

    /// <summary>The engine's version, written as tool.driver.version.</summary>
    public required string ToolVersion { get; init; }

    /// <summary>Absolute folder that artifact URIs are relative to (SRCROOT): the repository root, where code scanning resolves them.</summary>
    public required string SourceRoot { get; init; }

    /// <summary>Where the docs pages JExxxx.md live.</summary>
    public string HelpBase { get; init; } = Cli.RunArguments.DefaultHelpBase;

    public string InformationUri { get; init; } = DefaultInformationUri;

    /// <summary>The previous run's diagnostics; when set, every result gets a baselineState and vanished ones are listed as absent.</summary>
    public IReadOnlyList<Diagnostic>? Baseline { get; init; }

    /// <summary>The previous run's SARIF log, read for the baseline when <see cref="Baseline"/> is not given; ignored when missing.</summary>
    public string? BaselineSarif { get; init; }

    /// <summary>runs[0].automationDetails.id, "judgeeval/&lt;manifest folder under the root&gt;/": one code-scanning category per project.</summary>
    public string? AutomationId { get; init; }

    /// <summary>The git work tree, for versionControlProvenance; none when the manifest is not in one.</summary>
    public GitProvenance? Provenance { get; init; }

    /// <summary>When set, invocations[0] is written with it, and the input errors that made the run unusable as notifications.</summary>
    public bool? ExecutionSuccessful { get; init; }
}
