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
    public void Formats_are_the_six_documented_ones_in_order()
    {
        Assert.Equal(["jsonl", "csv", "trec-qrels", "rag-eval-external", "rag-eval-within-corpus", "llmbar"], Importers.Formats);
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
