using System.Globalization;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.IO;
using JudgeEval.Engine.Results;

using JudgeEval.Shared;

namespace JudgeEval.Engine.Reporting;

/// <summary>
/// The exchange file between `judgeeval run --diagnostics FILE` and the MSBuild replay task, which re-logs it on every build.
/// Format (version 1), UTF-8 without BOM, '\n' line ends: the first line is <see cref="Header"/>; then one diagnostic a line,
/// nine tab-separated fields: severity (error|warning|info), code, file (absolute, empty when unlocated), line, column,
/// end line, end column (1-based; 0 when unlocated), help URI, message. In each field '\' is written "\\", tab "\t",
/// line feed "\n" and carriage return "\r". Other lines starting with '#' are comments. The task (netstandard2.0, no
/// reference to the engine) keeps its own reader of this format: src/JudgeEval.Tasks/DiagnosticsFileReader.cs.
/// </summary>
public static class DiagnosticsFile
{
    public const string Header = "#judgeeval-diagnostics 1";

    const int FieldCount = 9;

    /// <summary>Atomic, so a crash never leaves a half-written file for the replay to trust.</summary>
    public static void Write(string path, IEnumerable<Diagnostic> diagnostics, string helpBase) =>
        AtomicFile.Write(path, writer => Write(writer, diagnostics, helpBase));

    /// <summary>The whole file as text.</summary>
    public static string Format(IEnumerable<Diagnostic> diagnostics, string helpBase)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(writer, diagnostics, helpBase);
        return writer.ToString();
    }

    public static void Write(TextWriter writer, IEnumerable<Diagnostic> diagnostics, string helpBase)
    {
        writer.Write(Header);
        writer.Write('\n');
        foreach (var d in diagnostics)
        {
            writer.Write(FormatLine(d, DiagnosticCatalog.HelpUri(helpBase, d.Code)));
            writer.Write('\n');
        }
    }

    public static string FormatLine(Diagnostic d, string helpUri)
    {
        var at = d.Location;
        string[] fields =
        [
            EnumNames.Of(d.Severity), d.Code, at is null ? "" : Path.GetFullPath(at.File),
            Number(at?.Line), Number(at?.Column), Number(at?.EndLine), Number(at?.EndColumn), helpUri, d.Message,
        ];
        return string.Join('\t', fields.Select(Escape));
    }

    /// <summary>Reads a file written by <see cref="Write(TextWriter, IEnumerable{Diagnostic}, string)"/>; null on any format error.</summary>
    public static IReadOnlyList<Diagnostic>? Read(TextReader reader)
    {
        if (reader.ReadLine() != Header)
        {
            return null;
        }

        var result = new List<Diagnostic>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parsed = ParseLine(line);
            if (parsed is null)
            {
                return null;
            }

            result.Add(parsed);
        }

        return result;
    }

    static Diagnostic? ParseLine(string line)
    {
        var f = line.Split('\t').Select(Unescape).ToArray();
        if (f.Length != FieldCount || !EnumNames.TryParse<Severity>(f[0], out var severity) || !AllNumbers(f.AsSpan(3, 4)))
        {
            return null;
        }

        var location = f[2].Length == 0
            ? null
            : new SourceLocation(f[2], int.Parse(f[3], CultureInfo.InvariantCulture), int.Parse(f[4], CultureInfo.InvariantCulture),
                int.Parse(f[5], CultureInfo.InvariantCulture), int.Parse(f[6], CultureInfo.InvariantCulture));
        return new Diagnostic(f[1], severity, f[8], location);
    }

    static bool AllNumbers(ReadOnlySpan<string> fields)
    {
        foreach (var field in fields)
        {
            if (!int.TryParse(field, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                return false;
            }
        }

        return true;
    }

    public static string Escape(string field) => DiagnosticsFieldEscaping.Escape(field);

    public static string Unescape(string field) => DiagnosticsFieldEscaping.Unescape(field);

    static string Number(int? value) => (value ?? 0).ToString(CultureInfo.InvariantCulture);
}
