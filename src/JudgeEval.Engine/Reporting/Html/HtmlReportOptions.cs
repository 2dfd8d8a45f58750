namespace JudgeEval.Engine.Reporting.Html;

/// <summary>How to render the report. Defaults keep a report of 100,000 items to a few hundred kilobytes.</summary>
public sealed record HtmlReportOptions
{
    /// <summary>The manifest's full path; when set, SourceRoot defaults to its folder (as the SARIF log's SRCROOT does).</summary>
    public string? ManifestPath { get; init; }

    /// <summary>Relative finding paths (as the engine saw them) are resolved against this folder for editor links; null: the working directory.</summary>
    public string? BaseDirectory { get; init; }

    /// <summary>Paths under this folder are displayed relative to it (the repository root, say); null: the manifest's folder.</summary>
    public string? SourceRoot { get; init; }

    /// <summary>Emit <c>vscode://file/…</c> links for located findings.</summary>
    public bool EditorLinks { get; init; } = true;

    /// <summary>At most this many review items are shown; the report says "showing N of M".</summary>
    public int ReviewLimit { get; init; } = 50;

    /// <summary>At most this many findings are listed (the verdict's deciding findings always appear at the top).</summary>
    public int FindingLimit { get; init; } = 500;

    /// <summary>Per-judge tables, charts and lists show at most this many judges, and say how many they leave out.</summary>
    public int JudgeLimit { get; init; } = 200;

    /// <summary>The inter-judge heatmap draws at most this many judges (its cells grow with their square).</summary>
    public int HeatmapLimit { get; init; } = 40;

    /// <summary>Item text longer than this is cut (and says so); the preview shown before expanding is shorter still.</summary>
    public int TextLimit { get; init; } = 4000;

    public int PreviewLength { get; init; } = 240;

    /// <summary>Printed in the footer; fix it for byte-identical output. Null: the time of rendering.</summary>
    public DateTimeOffset? GeneratedAt { get; init; }

    /// <summary>The options with their defaults filled in from <see cref="ManifestPath"/> and the working directory.</summary>
    public HtmlReportOptions Resolved() => this with
    {
        SourceRoot = SourceRoot ?? (ManifestPath is { } m && Path.IsPathFullyQualified(m) ? Path.GetDirectoryName(m) : null),
        BaseDirectory = BaseDirectory ?? Directory.GetCurrentDirectory(),
    };
}
