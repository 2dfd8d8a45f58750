using System.Text.Json;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Reporting.Sarif;

/// <summary>
/// A run's context beside its results: invocations[0] (did the run produce results; the input errors that stopped it as
/// notifications), automationDetails (the code-scanning category) and versionControlProvenance (repository, commit, branch).
/// </summary>
static class SarifRunDetails
{
    public static void Write(Utf8JsonWriter json, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyDictionary<string, int> ruleIndex, SarifContext context)
    {
        if (context.ExecutionSuccessful is { } successful)
        {
            WriteInvocation(json, successful, diagnostics, ruleIndex, context);
        }

        if (context.AutomationId is { } id)
        {
            json.WriteStartObject("automationDetails");
            json.WriteString("id", id);
            json.WriteEndObject();
        }

        if (context.Provenance is { RepositoryUri: { } repository } git)
        {
            json.WriteStartArray("versionControlProvenance");
            json.WriteStartObject();
            json.WriteString("repositoryUri", repository);
            WriteIfSet(json, "revisionId", git.Commit);
            WriteIfSet(json, "branch", git.Branch);
            if (SameFolder(git.Root, context.SourceRoot))
            {
                json.WriteStartObject("mappedTo");
                json.WriteString("uriBaseId", SarifWriter.SrcRootId);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndArray();
        }
    }

    static void WriteInvocation(Utf8JsonWriter json, bool successful, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyDictionary<string, int> ruleIndex, SarifContext context)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", successful);
        var stopped = diagnostics.Where(d => d.IsInputError).ToList();
        if (stopped.Count > 0)
        {
            json.WriteStartArray("toolExecutionNotifications");
            foreach (var d in stopped)
            {
                json.WriteStartObject();
                json.WriteString("level", SarifLevel.Of(d.Severity));
                SarifWriter.Text(json, "message", d.Message);
                SarifWriter.WriteLocations(json, d, context);
                json.WriteStartObject("associatedRule");
                json.WriteString("id", d.Code);
                json.WriteNumber("index", ruleIndex[d.Code]);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();
    }

    static void WriteIfSet(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            json.WriteString(name, value);
        }
    }

    static bool SameFolder(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(a)), Path.TrimEndingDirectorySeparator(Path.GetFullPath(b)),
            OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
}
