using System.Text;
using JudgeEval.Engine.Data;
using static JudgeEval.Engine.Tests.Import.ImportFixtures;

namespace JudgeEval.Engine.Tests.Import;

/// <summary>Files saved by Windows tools: a UTF-8 byte-order mark and CRLF line ends read like plain LF files.</summary>
public sealed class BomAndLineEndingTests : IDisposable
{
    readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    string WriteWithBom(string name, string content)
    {
        var path = Path.Combine(temp.Path, name);
        File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        return path;
    }

    [Fact]
    public void Jsonl_with_bom_and_crlf()
    {
        var list = ImportClean(Spec(WriteWithBom("a.jsonl", "{\"id\": \"a\", \"score\": 1}\r\n{\"id\": \"b\", \"score\": 2}\r\n"), "jsonl"), DataRole.Judgments).Judgments[""];

        Assert.Equal([("a", 1.0, 1), ("b", 2.0, 2)], list.Select(j => (j.ItemId, j.Score!.Value, j.Source!.Line)));
    }

    [Fact]
    public void Csv_with_bom_and_crlf()
    {
        var list = ImportClean(Spec(WriteWithBom("a.csv", "id,score\r\na,1\r\nb,2\r\n"), "csv"), DataRole.Judgments).Judgments[""];

        Assert.Equal([("a", 1.0, 2), ("b", 2.0, 3)], list.Select(j => (j.ItemId, j.Score!.Value, j.Source!.Line)));
    }

    [Fact]
    public void Qrels_and_json_with_bom()
    {
        var qrels = ImportClean(Spec(WriteWithBom("q.txt", "q1 0 d1 3\r\n"), "trec-qrels"), DataRole.HumanLabels).Labels;
        var json = ImportClean(Spec(WriteWithBom("e.json", "{\"pair_index\": [[\"q1\", \"d1\"]]}"), "rag-eval-external"), DataRole.Items).Items;

        Assert.Equal(("q1/d1", 3.0), (qrels.Single().ItemId, qrels.Single().Score));
        Assert.Equal(("q1/d1", 1, 17), (json.Single().Id, json.Single().Source!.Line, json.Single().Source!.Column));
    }
}
