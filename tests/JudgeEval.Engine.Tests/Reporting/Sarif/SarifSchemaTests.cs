using JudgeEval.Engine.Diagnostics;
using NJsonSchema;

namespace JudgeEval.Engine.Tests.Reporting.Sarif;

/// <summary>Validates the log against the official SARIF 2.1.0 schema (draft-04, OASIS sarif-spec) shipped in ../shared/schemas.</summary>
public class SarifSchemaTests
{
    static readonly string SchemaPath = Path.Combine(RepoRoot.Path, "..", "shared", "schemas", "sarif-schema-2.1.0.json");

    [Fact]
    public async Task A_log_with_every_kind_of_result_is_valid_SARIF_2_1_0()
    {
        var schema = await JsonSchema.FromFileAsync(SchemaPath);
        var outside = Path.Combine(Path.GetTempPath(), "elsewhere", "labels.jsonl");
        Diagnostic[] diagnostics =
        [
            SarifFixtures.Warning("judge 'opus' kappa 0.61 is below kappaWarn 0.75"),
            new("JE0071", Severity.Error, "label file missing", new SourceLocation(outside, 3, 1, 3, 1)),
            new("JE0072", Severity.Info, "no location", null),
            new("JE9999", Severity.Warning, "a code outside the catalog", SourceLocation.At(SarifFixtures.Manifest, 1, 1)),
        ];
        var context = SarifFixtures.Context with { Baseline = [SarifFixtures.Warning("judge 'opus' kappa 0.58 is below kappaWarn 0.75"), new("JE0073", Severity.Warning, "gone", null)] };

        var errors = schema.Validate(SarifFixtures.Write(diagnostics, context));

        Assert.Empty(errors.Select(e => $"{e.Path}: {e.Kind}"));
        Assert.NotEmpty(schema.Validate("""{"version": "2.0.0", "runs": [{}]}"""));
    }
}
