using System.Text.Json.Nodes;
using JudgeEval.Engine.Manifest;

namespace JudgeEval.Engine.Tests.Manifest;

/// <summary>The threshold table drives the targets file, the docs and the schema; JUDGEEVAL_UPDATE_DOCS=1 rewrites the generated blocks.</summary>
public class ThresholdTableTests
{
    static bool Update => Environment.GetEnvironmentVariable("JUDGEEVAL_UPDATE_DOCS") == "1";

    [Fact]
    public void The_targets_file_forwards_one_property_per_threshold() =>
        CheckBlock(Path.Combine(RepoRoot.Path, "build", "JudgeEval.Tasks.targets"), "    <!-- ", " -->", ThresholdDocs.TargetsItems());

    [Fact]
    public void The_manifest_docs_list_every_threshold() =>
        CheckBlock(Path.Combine(RepoRoot.Path, "docs", "manifest.md"), "<!-- ", " -->", ThresholdDocs.MarkdownTable());

    [Fact]
    public void The_schema_describes_every_threshold_with_its_type_and_range()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoRoot.Path, "schemas", "judgeeval.schema.json")))!;
        var properties = schema["properties"]!["thresholds"]!["properties"]!.AsObject();

        Assert.Equal(ThresholdTable.Names.Order(StringComparer.Ordinal), properties.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.All(ThresholdTable.All, t =>
        {
            var p = properties[t.Name]!;
            Assert.Equal(ThresholdDocs.TypeName(t.Kind), (string?)p["type"]);
            if (t.Kind != ThresholdKind.Flag)
            {
                Assert.Equal(t.Min, (double?)p["minimum"]);
                Assert.Equal(t.Max >= int.MaxValue ? null : t.Max, (double?)p["maximum"]);
            }
        });
    }

    [Fact]
    public void Every_threshold_has_a_distinct_name_and_a_default_inside_its_range()
    {
        Assert.Equal(ThresholdTable.All.Count, ThresholdTable.Names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(ThresholdTable.All, t => Assert.True(t.IsOptional || (t.Default >= t.Min && t.Default <= t.Max), t.Name));
        Assert.Equal("JudgeEvalPositionConsistencyMin", ThresholdTable.PositionConsistencyMin.PropertyName);
    }

    static void CheckBlock(string path, string open, string close, string generated)
    {
        var text = File.ReadAllText(path);
        var begin = open + ThresholdDocs.Begin + close + "\n";
        var end = open + ThresholdDocs.End + close + "\n";
        var start = text.IndexOf(begin, StringComparison.Ordinal);
        var stop = text.IndexOf(end, StringComparison.Ordinal);
        Assert.True(start >= 0 && stop > start, $"{path} lacks the generated thresholds block.");
        var current = text[(start + begin.Length)..stop];
        if (Update && current != generated)
        {
            File.WriteAllText(path, text[..(start + begin.Length)] + generated + text[stop..]);
            current = generated;
        }

        Assert.Equal(generated, current);
    }
}
