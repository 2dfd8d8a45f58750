using System.Globalization;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Data;

/// <summary>Collects data problems, reporting the first few of each kind per source and summarising the rest.</summary>
sealed class ProblemLog
{
    readonly List<Diagnostic> diagnostics = [];
    readonly Dictionary<(string Code, SourceLocation Source), int> counts = [];

    public IReadOnlyList<Diagnostic> Diagnostics => diagnostics;

    public bool HasErrors => diagnostics.Exists(d => d.Severity == Severity.Error);

    /// <param name="descriptor">The problem's kind.</param>
    /// <param name="message">What is wrong with this occurrence.</param>
    /// <param name="where">The row in the data file, when the importer knew it.</param>
    /// <param name="declaredAt">The manifest node that declared the source, used when the row is unknown and for grouping.</param>
    public void Add(DiagnosticDescriptor descriptor, string message, SourceLocation? where, SourceLocation declaredAt)
    {
        var key = (descriptor.Code, declaredAt);
        var seen = counts.TryGetValue(key, out var n) ? n : 0;
        counts[key] = seen + 1;
        if (seen < DatasetBuilder.ReportLimit)
        {
            diagnostics.Add(descriptor.Create(message, where ?? declaredAt));
        }
    }

    public void Summarize()
    {
        foreach (var ((code, source), n) in counts.Where(c => c.Value > DatasetBuilder.ReportLimit))
        {
            diagnostics.Add(DataDiagnostics.TooManyProblems.Create(
                string.Create(CultureInfo.InvariantCulture, $"{n - DatasetBuilder.ReportLimit} more {code} problems in this source ({n} in all)."),
                source));
        }
    }
}
