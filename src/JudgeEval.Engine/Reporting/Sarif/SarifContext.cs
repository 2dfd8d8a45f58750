using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Reporting.Sarif;

/// <summary>What a SARIF log needs beside the diagnostics.</summary>
/// <param name="ToolVersion">The engine's version, written as tool.driver.version.</param>
/// <param name="SrcRoot">Absolute folder that artifact URIs are relative to (the manifest's folder or the project's).</param>
/// <param name="HelpBase">Where the docs pages JExxxx.md live.</param>
public sealed record SarifContext(string ToolVersion, string SrcRoot, string HelpBase)
{
    public const string DefaultInformationUri = "https://github.com/judgeeval/judgeeval";

    public string InformationUri { get; init; } = DefaultInformationUri;

    /// <summary>The previous run's diagnostics; when set, every result gets a baselineState and vanished ones are listed as absent.</summary>
    public IReadOnlyList<Diagnostic>? Baseline { get; init; }
}
