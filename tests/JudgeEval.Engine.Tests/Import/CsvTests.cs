using JudgeEval.Engine.Data;
using static JudgeEval.Engine.Tests.Import.ImportFixtures;

namespace JudgeEval.Engine.Tests.Import;

/// <summary>The project's csv format: RFC 4180 quoting, the delimiter option, bad rows located.</summary>
public sealed class CsvTests : IDisposable
{
    readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Quoted_fields_hold_delimiters_quotes_and_line_breaks()
    {
        var path = temp.Write("items.csv", "id,text,rank,tags\r\nq1/a,\"one, \"\"two\"\"\r\nthree\",1,x;y\r\nq1/b,plain,2,\r\n");

        var items = ImportClean(Spec(path, "csv"), DataRole.Items).Items;

        Assert.Equal(2, items.Count);
        Assert.Equal("one, \"two\"\r\nthree", items[0].Text);
        Assert.Equal(["x", "y"], items[0].Tags);
        // The quoted line break makes the first row span lines 2-3; the next row starts on line 4.
        Assert.Equal((2, 3), (items[0].Source!.Line, items[0].Source!.EndLine));
        Assert.Equal((4, 2), (items[1].Source!.Line, items[1].Rank!.Value));
        Assert.Empty(items[1].Tags);
    }

    [Fact]
    public void Labels_and_judgments_come_from_the_same_columns_as_jsonl()
    {
        var path = temp.Write("both.csv", "id,label,labeledOn,score,judge,reason\na,2,2026-01-31,3,opus,\nb,1,,,opus,timeout\n");

        var labels = ImportClean(Spec(path, "csv"), DataRole.HumanLabels).Labels;
        var judgments = ImportClean(Spec(path, "csv", ("key", "opus")), DataRole.Judgments).Judgments["opus"];

        Assert.Equal([2.0, 1.0], labels.Select(l => l.Score));
        Assert.Equal(new DateOnly(2026, 1, 31), labels[0].LabeledOn);
        Assert.Equal(3.0, judgments[0].Score);
        Assert.Equal(((double?)null, "timeout"), (judgments[1].Score, judgments[1].MissingReason));
    }

    [Theory]
    [InlineData(";", "id;score\na;2\n")]
    [InlineData("\\t", "id\tscore\na\t2\n")]
    [InlineData("tab", "id\tscore\na\t2\n")]
    public void The_delimiter_option_is_honoured(string delimiter, string content)
    {
        var path = temp.Write("d.csv", content);

        var list = ImportClean(Spec(path, "csv", ("delimiter", delimiter)), DataRole.Judgments).Judgments[""];

        Assert.Equal(("a", 2.0), (list.Single().ItemId, list.Single().Score!.Value));
    }

    [Fact]
    public void A_bad_delimiter_points_at_the_option()
    {
        var path = temp.Write("d.csv", "id,score\n");

        var d = Assert.Single(Read(Spec(path, "csv", ("delimiter", "||")), DataRole.Judgments).Diagnostics);

        Assert.Equal(("JE0063", KeyAt), (d.Code, d.Location));
    }

    [Fact]
    public void Bad_rows_are_located_and_skipped()
    {
        var path = temp.Write("bad.csv", "id,score,colour\na,1,red\nb,2\n,3,blue\nd,high,green\ne,\"1\"x,red\n");

        var result = Read(Spec(path, "csv"), DataRole.Judgments);

        var found = result.Diagnostics.Select(d => (d.Code, d.Location!.Line)).ToList();
        Assert.Equal([("JE0059", 1), ("JE0058", 3), ("JE0055", 4), ("JE0056", 5), ("JE0058", 6), ("JE0056", 6)], found);
        Assert.Equal(["a", "d", "e"], result.Judgments[""].Select(j => j.ItemId));
        // Read leniently, `"1"x` is the text 1x: not a number, so missing rather than guessed.
        Assert.Null(result.Judgments[""][2].Score);
    }

    [Fact]
    public void A_header_without_the_role_columns_is_an_error()
    {
        var path = temp.Write("h.csv", "id,text\na,hello\n");

        var d = Assert.Single(Read(Spec(path, "csv"), DataRole.HumanLabels).Diagnostics);

        Assert.Equal(("JE0065", 1), (d.Code, d.Location!.Line));
        Assert.Contains("`label`", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_quote_is_reported()
    {
        var path = temp.Write("q.csv", "id,score\na,\"1\n");

        var result = Read(Spec(path, "csv"), DataRole.Judgments);

        Assert.Contains(result.Diagnostics, d => d.Code == "JE0058" && d.Message.Contains("not closed", StringComparison.Ordinal));
    }
}
