using System.Text.Json;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Reporting.Sarif;

namespace JudgeEval.Engine.Tests.Reporting.Sarif;

static class SarifFixtures
{
    public static readonly string Root = Path.Combine(Path.GetTempPath(), "je sarif", "app");

    public static readonly string Manifest = Path.Combine(Root, "judgeeval.yaml");

    public static SarifContext Context => new() { ToolVersion = "1.2.3", SourceRoot = Root, HelpBase = "https://docs.example/diagnostics" };

    public static Diagnostic Warning(string message, int line = 12) =>
        new("JE0070", Severity.Warning, message, new SourceLocation(Manifest, line, 5, line, 9));

    public static string Write(IReadOnlyList<Diagnostic> diagnostics, SarifContext context) => SarifWriter.Write(diagnostics, context);

    public static JsonElement Run(string sarif) => JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0];
}
