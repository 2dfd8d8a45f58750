using System.Collections.Generic;
using System.Globalization;
using System.Text;

using JudgeEval.Shared;

namespace JudgeEval.Tasks;

/// <summary>
/// Reads the engine's diagnostics file. The format's definition and writer are in the engine
/// (src/JudgeEval.Engine/Reporting/DiagnosticsFile.cs); this copy exists because a task cannot reference the engine.
/// </summary>
public static class DiagnosticsFileReader
{
    public const string Header = "#judgeeval-diagnostics 1";

    const int FieldCount = 9;

    public static DiagnosticsFileContent Read(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0 || lines[0] != Header)
        {
            return DiagnosticsFileContent.Invalid($"the first line is not '{Header}'", 1);
        }

        var result = new List<DiagnosticLine>();
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].Length == 0 || lines[i][0] == '#')
            {
                continue;
            }

            var parsed = ParseLine(lines[i], out var error);
            if (parsed is null)
            {
                return DiagnosticsFileContent.Invalid(error, i + 1);
            }

            result.Add(parsed);
        }

        return DiagnosticsFileContent.Valid(result);
    }

    static DiagnosticLine? ParseLine(string line, out string error)
    {
        var raw = line.Split('\t');
        if (raw.Length != FieldCount)
        {
            error = $"expected {FieldCount} tab-separated fields, found {raw.Length}";
            return null;
        }

        var f = new string[FieldCount];
        for (var i = 0; i < FieldCount; i++)
        {
            f[i] = Unescape(raw[i]);
        }

        var numbers = new int[4];
        for (var i = 0; i < numbers.Length; i++)
        {
            if (!int.TryParse(f[3 + i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                error = $"field {4 + i} is not a line or column number: '{f[3 + i]}'";
                return null;
            }
        }

        if (f[0] is not ("error" or "warning" or "info"))
        {
            error = $"unknown severity '{f[0]}'";
            return null;
        }

        error = "";
        return new DiagnosticLine(f[0], f[1], f[2], numbers[0], numbers[1], numbers[2], numbers[3], f[7], f[8]);
    }

    public static string Unescape(string field) => DiagnosticsFieldEscaping.Unescape(field);
}
