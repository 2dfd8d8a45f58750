using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Reporting.Sarif;

/// <summary>
/// SARIF baselineState against the previous run, matched by fingerprint: same fingerprint and the same message and
/// location is "unchanged", same fingerprint otherwise "updated", no match "new"; baseline results left unmatched are
/// appended as "absent". The baseline is the given diagnostics or else the given SARIF log; without one every state is null (the property is omitted).
/// </summary>
public static class SarifBaseline
{
    public static IReadOnlyList<(Diagnostic Diagnostic, string? State)> Compare(IReadOnlyList<Diagnostic> current, SarifContext context)
    {
        var baseline = context.Baseline ?? (context.BaselineSarif is { } path ? SarifLogReader.Read(path) : null);
        if (baseline is null)
        {
            return [.. current.Select(d => (d, (string?)null))];
        }

        var pool = baseline
            .GroupBy(d => SarifFingerprint.Compute(d, context.SourceRoot), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var result = new List<(Diagnostic, string?)>();
        foreach (var d in current)
        {
            if (!pool.TryGetValue(SarifFingerprint.Compute(d, context.SourceRoot), out var candidates) || candidates.Count == 0)
            {
                result.Add((d, "new"));
                continue;
            }

            var same = candidates.FindIndex(b => b == d);
            candidates.RemoveAt(same >= 0 ? same : 0);
            result.Add((d, same >= 0 ? "unchanged" : "updated"));
        }

        result.AddRange(pool.Values.SelectMany(left => left).Select(d => (d, (string?)"absent")));
        return result;
    }
}
