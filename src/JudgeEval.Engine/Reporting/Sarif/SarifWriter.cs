using System.Text.Json;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Reporting.Sarif;

/// <summary>
/// Writes a SARIF 2.1.0 log (one run) of the diagnostics. Every catalog code is a rule, so rule indices are stable
/// between runs and viewers can show the docs of rules that passed; a code outside the catalog gets a bare rule.
/// </summary>
public static class SarifWriter
{
    public const string SrcRootId = "SRCROOT";
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    public static string Write(IReadOnlyList<Diagnostic> diagnostics, SarifContext context)
    {
        using var stream = new MemoryStream();
        Write(stream, diagnostics, context);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(string path, IReadOnlyList<Diagnostic> diagnostics, SarifContext context)
    {
        using var stream = File.Create(path);
        Write(stream, diagnostics, context);
    }

    public static void Write(Stream stream, IReadOnlyList<Diagnostic> diagnostics, SarifContext context)
    {
        var rules = Rules(diagnostics);
        var index = rules.Select((rule, i) => (rule.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        WriteTool(json, rules, context);
        SarifRunDetails.Write(json, diagnostics, index, context);
        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(SrcRootId);
        json.WriteString("uri", SarifUris.Root(context.SourceRoot));
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("results");
        foreach (var (diagnostic, state) in SarifBaseline.Compare(diagnostics, context))
        {
            WriteResult(json, diagnostic, index[diagnostic.Code], state, context);
        }

        json.WriteEndArray();
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    static List<DiagnosticDescriptor> Rules(IEnumerable<Diagnostic> diagnostics)
    {
        var rules = DiagnosticCatalog.All.ToList();
        var unknown = diagnostics.Select(d => d.Code).Where(code => DiagnosticCatalog.Find(code) is null).Distinct(StringComparer.Ordinal);
        rules.AddRange(unknown.Order(StringComparer.Ordinal).Select(code => new DiagnosticDescriptor(code, code, Severity.Warning, code, "")));
        return rules;
    }

    static void WriteTool(Utf8JsonWriter json, List<DiagnosticDescriptor> rules, SarifContext context)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "judgeeval");
        json.WriteString("version", context.ToolVersion);
        json.WriteString("informationUri", context.InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            var helpUri = DiagnosticCatalog.HelpUri(context.HelpBase, rule.Code);
            json.WriteStartObject();
            json.WriteString("id", rule.Code);
            Text(json, "shortDescription", rule.Title);
            Text(json, "fullDescription", rule.Description);
            json.WriteString("helpUri", helpUri);
            json.WriteStartObject("help");
            json.WriteString("text", rule.Fix.Length == 0 ? rule.Description : rule.Fix);
            json.WriteString("markdown", $"{rule.Description}\n\n**How to fix it:** {rule.Fix}\n\n[{rule.Code}]({helpUri})");
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", SarifLevel.Of(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    static void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic, int ruleIndex, string? baselineState, SarifContext context)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Code);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", SarifLevel.Of(diagnostic.Severity));
        Text(json, "message", diagnostic.Message);
        WriteLocations(json, diagnostic, context);

        json.WriteStartObject("partialFingerprints");
        json.WriteString(SarifFingerprint.Key, SarifFingerprint.Compute(diagnostic, context.SourceRoot));
        json.WriteEndObject();
        if (baselineState is not null)
        {
            json.WriteString("baselineState", baselineState);
        }

        json.WriteEndObject();
    }

    /// <summary>The "locations" array of a result or notification; nothing for an unlocated diagnostic.</summary>
    internal static void WriteLocations(Utf8JsonWriter json, Diagnostic diagnostic, SarifContext context)
    {
        if (diagnostic.Location is not { } at)
        {
            return;
        }

        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        WriteArtifact(json, at.File, context.SourceRoot);
        WriteRegion(json, at);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    static void WriteArtifact(Utf8JsonWriter json, string file, string srcRoot)
    {
        json.WriteStartObject("artifactLocation");
        if (SarifUris.Relative(srcRoot, file) is { } relative)
        {
            json.WriteString("uri", relative);
            json.WriteString("uriBaseId", SrcRootId);
        }
        else
        {
            json.WriteString("uri", SarifUris.Absolute(file));
        }

        json.WriteEndObject();
    }

    /// <summary>SARIF's endColumn is the column after the span; SourceLocation's is the span's last column.</summary>
    static void WriteRegion(Utf8JsonWriter json, SourceLocation at)
    {
        if (at.Line < 1)
        {
            return;
        }

        json.WriteStartObject("region");
        json.WriteNumber("startLine", at.Line);
        if (at.Column >= 1)
        {
            json.WriteNumber("startColumn", at.Column);
        }

        if (at.EndLine >= at.Line)
        {
            json.WriteNumber("endLine", at.EndLine);
            if (at.Column >= 1 && at.EndColumn >= 1 && (at.EndLine > at.Line || at.EndColumn >= at.Column))
            {
                json.WriteNumber("endColumn", at.EndColumn + 1);
            }
        }

        json.WriteEndObject();
    }

    internal static void Text(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }
}
