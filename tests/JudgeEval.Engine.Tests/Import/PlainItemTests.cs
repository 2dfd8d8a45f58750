using JudgeEval.Engine.Data;
using static JudgeEval.Engine.Tests.Import.ImportFixtures;

namespace JudgeEval.Engine.Tests.Import;

/// <summary>
/// Item rows of an id and strings (and columns the items role does not read) take a shorter path into the items; every
/// item must come out exactly as the general path makes it. Each line is read as written, then again with a null
/// `lengthB`, which sends every row down the general path and stores the same item.
/// </summary>
public sealed class PlainItemTests : IDisposable
{
    static readonly string[] Lines =
    [
        """{"id": "a", "queryId": "q1", "query": "what", "text": "passage", "model": "gpt-4o"}""",
        """{"model": "gpt-4o", "text": "other", "id": "b", "queryId": "q1"}""",
        """{"id": "c", "label": 2, "score": null, "judge": {"x": 1}}""",
        """{"id": "d", "queryId": "", "model": "", "text": "", "query": ""}""",
        """{"id": "e", "text": "caf\u00e9 \"quoted\"", "model": "m\u0031"}""",
        """{"id": "", "text": "no id"}""",
        """{"text": "no id either"}""",
        """{"id": "f", "id": "g"}""",
        """{"id": "h", "id": 9}""",
        """{"id": 10, "text": "numeric id"}""",
        """{"id": "i", "text": 5}""",
        """{"id": "j", "model": null}""",
        """{"id": "k", "tags": ["x", "y"]}""",
        """{"id": "l", "rank": 2, "length": 40}""",
        """{"id": "m", "textB": "b", "modelB": "gpt-4o"}""",
        """{"id": "n", "unknown": 1}""",
        """{"\u0069d": "o"}""",
        """{"id": "p"} trailing""",
        """{"id": "q", "text": "open""",
        """["id", "r"]""",
        "",
        """{"id": "s", "queryId": "q2", "model": "claude-3.5-sonnet", "label": 3}""",
    ];

    const string Forcing = ", \"lengthB\": null";

    readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData(TaskKind.Pointwise, 1)]
    [InlineData(TaskKind.Pairwise, 1)]
    // Repeated until the plain path gives up on a file of mostly other rows: the rest go down the general path.
    [InlineData(TaskKind.Pointwise, 30)]
    public void Every_item_is_stored_and_every_problem_reported_as_the_general_path_does(TaskKind kind, int repeat)
    {
        var lines = Enumerable.Repeat(Lines, repeat).SelectMany(l => l).ToArray();
        var plain = Read(Spec(temp.Write("plain.jsonl", string.Join('\n', lines)), "jsonl"), DataRole.Items, kind);
        var general = Read(Spec(temp.Write("general.jsonl", string.Join('\n', lines.Select(l => WithProperty(l, Forcing)))), "jsonl"), DataRole.Items, kind);

        Assert.Equal(general.Items.Select(Describe), plain.Items.Select(Describe));
        Assert.Equal(general.Diagnostics.Select(Problem), plain.Diagnostics.Select(Problem));
        Assert.Equal(general.IgnoredColumns, plain.IgnoredColumns);
        if (repeat == 1)
        {
            // The plain items themselves, to be sure they were read.
            Assert.Equal(
                ["a|q1|what|passage|gpt-4o", "b|q1||other|gpt-4o", "c||||", "d||||", "e|||café \"quoted\"|m1", "g||||", "s|q2|||claude-3.5-sonnet"],
                plain.Items.Where(i => i.Id is "a" or "b" or "c" or "d" or "e" or "g" or "s").Select(i => $"{i.Id}|{i.QueryId}|{i.Query}|{i.Text}|{i.Model}"));
            Assert.Equal("café \"quoted\"", plain.Items.Single(i => i.Id == "e").Text);
            // Where each item was read, to the column: the general path's line is longer by the added property.
            Assert.Equal(
                general.Items.Select(i => (i.Source!.Column, i.Source.EndColumn - Forcing.Length)),
                plain.Items.Select(i => (i.Source!.Column, i.Source.EndColumn)));
        }
    }

    static string Describe(EvalItem i) =>
        string.Join('|', i.Id, i.QueryId, i.Query, i.Text, i.Model, i.TextB, i.ModelB, i.Rank, string.Join(';', i.Tags), i.Length, i.LengthB, i.Source?.Line, i.Source?.EndLine);
}
