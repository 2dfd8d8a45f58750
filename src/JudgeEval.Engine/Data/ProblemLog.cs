using System.Globalization;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Data;

/// <summary>Collects data problems, reporting the first few of each kind per source and summarising the rest.</summary>
sealed class ProblemLog
{
    readonly List<Diagnostic> diagnostics = [];
    readonly Dictionary<(string Code, SourceLocation Source), (int Count, Severity Severity)> counts = [];

    public IReadOnlyList<Diagnostic> Diagnostics => diagnostics;

    public bool HasErrors => diagnostics.Exists(d => d.Severity == Severity.Error);

    /// <summary>How often each code occurred, reported or not.</summary>
    public IReadOnlyDictionary<string, int> CountsByCode =>
        counts.GroupBy(c => c.Key.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(c => c.Value.Count), StringComparer.Ordinal);

    /// <param name="descriptor">The problem's kind.</param>
    /// <param name="message">What is wrong with this occurrence.</param>
    /// <param name="where">The row in the data file, when the importer knew it.</param>
    /// <param name="declaredAt">The manifest node that declared the source, used when the row is unknown and for grouping.</param>
    public void Add(DiagnosticDescriptor descriptor, string message, SourceLocation? where, SourceLocation declaredAt)
    {
        var key = (descriptor.Code, declaredAt);
        var seen = counts.TryGetValue(key, out var n) ? n.Count : 0;
        counts[key] = (seen + 1, descriptor.DefaultSeverity);
        if (seen < DatasetBuilder.ReportLimit)
        {
            diagnostics.Add(descriptor.Create(message, where ?? declaredAt));
        }
    }

    /// <summary>
    /// One JE0077 per kind that went over the limit, with the severity of what it summarises: more warnings are still
    /// warnings (NoWarn silences them), more errors are errors.
    /// </summary>
    public void Summarize()
    {
        foreach (var ((code, source), (n, severity)) in counts.Where(c => c.Value.Count > DatasetBuilder.ReportLimit))
        {
            diagnostics.Add(DataDiagnostics.TooManyProblems.Create(
                severity,
                string.Create(CultureInfo.InvariantCulture, $"{n - DatasetBuilder.ReportLimit} more {code} problems in this source ({n} in all)."),
                source));
        }
    }
}
