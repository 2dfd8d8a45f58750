using System.Text.Json.Nodes;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Import;
using static JudgeEval.Engine.Tests.Import.ImportFixtures;

namespace JudgeEval.Engine.Tests.Import;

/// <summary>The registry itself.</summary>
public sealed class ImportersTests : IDisposable
{
    readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Formats_are_the_documented_ones_in_order()
    {
        Assert.Equal(["jsonl", "csv", "trec-qrels", "rag-eval-external", "rag-eval-within-corpus", "llmbar", "meai", "promptfoo", "inspect"], Importers.Formats);
    }

    [Fact]
    public void The_formats_table_of_the_manifest_docs_matches_the_registry()
    {
        var rows = File.ReadLines(Path.Combine(RepoRoot.Path, "docs", "manifest.md"))
            .SkipWhile(l => l != "## Formats")
            .SkipWhile(l => !l.StartsWith("| format |", StringComparison.Ordinal))
            .Skip(2)
            .TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
            .ToList();

        DataRole[] roles = [DataRole.Items, DataRole.HumanLabels, DataRole.Judgments];
        var documented = rows.Select(r => $"{r[1].Trim('`')}: {string.Join(", ", roles.Where((_, i) => r[2 + i] != "—"))}; options {r[5] != "—"}");
        var registered = Importers.Formats.Select(n => Importers.Find(n)!.Format).Select(f => $"{f.Name}: {string.Join(", ", f.Roles)}; options {f.Options.Count > 0}");

        Assert.Equal(registered, documented);
    }

    [Fact]
    public void The_manifest_schema_lists_the_registered_formats_and_their_options()
    {
        var definitions = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoRoot.Path, "schemas", "judgeeval.schema.json")))!["definitions"]!;
        foreach (var definition in new[] { "source", "labelSource" })
        {
            var properties = definitions[definition]!["properties"]!.AsObject();

            Assert.Equal(Importers.Formats, properties["format"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()));
            Assert.Equal(["path", "format", .. Importers.AllOptions], properties.Select(p => p.Key).Where(k => k is not ("labeledOn" or "consensus" or "rounding")));
        }
    }

    [Theory]
    [InlineData("rag-eval-external", TaskKind.Pointwise)]
    [InlineData("rag-eval-within-corpus", TaskKind.Pointwise)]
    [InlineData("llmbar", TaskKind.Pairwise)]
    public void An_empty_json_file_is_malformed_not_an_exception(string format, TaskKind kind)
    {
        var d = Assert.Single(Read(Spec(temp.Write("empty.json", ""), format), DataRole.Items, kind).Diagnostics);

        Assert.Equal(("JE0053", 1), (d.Code, d.Location!.Line));
    }

    [Fact]
    public void A_key_on_a_single_judge_format_is_an_option_error()
    {
        var spec = Spec(RagEval("results/within_corpus/judge_gpt-4o.json"), "rag-eval-within-corpus", ("key", "GPT-4o (chat)"));

        Assert.Equal(("JE0063", KeyAt), (Read(spec, DataRole.Judgments).Diagnostics.Single().Code, Read(spec, DataRole.Judgments).Diagnostics.Single().Location));
    }
}
