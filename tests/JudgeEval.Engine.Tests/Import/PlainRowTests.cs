using JudgeEval.Engine.Data;
using static JudgeEval.Engine.Tests.Import.ImportFixtures;

namespace JudgeEval.Engine.Tests.Import;

/// <summary>
/// Judgment and label rows of just an id and a number or null (a judgment's key and reason too, and columns the role
/// does not read) take a shorter path into the columns; every row must come out exactly as the general path makes it.
/// Each line is read as written, then again with a null in a column the role reads (`raw` for judgments, `annotator`
/// for labels), which sends every row down the general path and stores the same row.
/// </summary>
public sealed class PlainRowTests : IDisposable
{
    static readonly string[] Lines =
    [
        """{"id": "a", "VALUE": 2}""",
        """{"VALUE": 1, "id": "b"}""",
        """{"id": "c", "VALUE": null}""",
        """{"id": "d", "VALUE": "2"}""",
        """{"id": "e"}""",
        """{"VALUE": 3}""",
        """{"id": "f", "VALUE": 1, "VALUE": 2}""",
        """{"id": "g", "VALUE": 1} trailing""",
        """{"\u0069d": "h", "VALUE": 2}""",
        """{"id": 7, "VALUE": 2}""",
        """{"id": "caf\u00e9", "VALUE": 0}""",
        """{"id": "i", "VALUE": 1e400}""",
        """{"id": "j", "Score": 1, "Label": 1}""",
        """{"id": "a", "VALUE": 3}""",
        """{"id": "k", "VALUE": 2.5}""",
        """{"id": "m", "queryId": "q1", "model": "gpt-4o", "text": "skipped", "tags": ["x"], "VALUE": 1}""",
        """{"id": "n", "VALUE": 1, "unknown": true}""",
        """{"id": "o", "VALUE": {"nested": 1}}""",
        """{"id": "p", "judge": "j1", "VALUE": 1}""",
        """{"judge": "j2", "id": "q", "VALUE": 2}""",
        """{"id": "r", "judge": "", "VALUE": 3}""",
        """{"id": "s", "judge": 7, "VALUE": 1}""",
        """{"id": "t", "judge": "j1", "VALUE": 0, "judge": "j2"}""",
        """{"id": "u", "VALUE": 1, "id": 8}""",
        """{"id": "", "VALUE": 1}""",
        """{"id": "w", "VALUE": null, "reason": "refused"}""",
        """{"reason": "", "id": "x", "VALUE": null}""",
        """{"id": "y", "VALUE": null, "reason": null}""",
        """{"id": "z", "VALUE": 2, "reason": "ignored once scored"}""",
        """{"id": "aa", "VALUE": 1, "VALUE": null}""",
        """{"id": "ab", "VALUE": null, "reason": 5}""",
        """{"id": "ac", "VALUE": null, "reason": "  "}""",
        """{"id": "ad", "judge": "j1", "VALUE": null, "reason": "timeout"}""",
        """{"id": "v", "VALUE": 1, "id": ""}""",
        "",
        """{"id": "l", "VALUE": 1""",
    ];

    readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData(DataRole.Judgments, "score", "raw", null, 1)]
    [InlineData(DataRole.Judgments, "score", "raw", "j1", 1)]
    [InlineData(DataRole.HumanLabels, "label", "annotator", null, 1)]
    // Repeated until the plain path gives up on a file of mostly other rows: the rest go down the general path.
    [InlineData(DataRole.Judgments, "score", "raw", null, 30)]
    public void Every_row_is_stored_and_every_problem_reported_as_the_general_path_does(DataRole role, string value, string forcing, string? key, int repeat)
    {
        var lines = Enumerable.Repeat(Lines, repeat).SelectMany(l => l).Select(l => l.Replace("VALUE", value, StringComparison.Ordinal)).ToArray();
        (string, string)[] options = key is null ? [] : [("key", key)];
        var plain = Read(Spec(temp.Write("plain.jsonl", string.Join('\n', lines)), "jsonl", options), role);
        var general = Read(Spec(temp.Write("general.jsonl", string.Join('\n', lines.Select(l => WithProperty(l, $", \"{forcing}\": null")))), "jsonl", options), role);

        Assert.Equal(Rows(general), Rows(plain));
        Assert.Equal(general.Diagnostics.Select(Problem), plain.Diagnostics.Select(Problem));
        Assert.Equal(general.IgnoredColumns, plain.IgnoredColumns);
        Assert.Equal(general.RowsWithoutLabel, plain.RowsWithoutLabel);
        Assert.Equal(general.Judgments.Keys.Order(), plain.Judgments.Keys.Order());
        // A later `id` replaces an earlier one, as every other repeated property does (a `key` drops the row).
        Assert.Equal(key is null, Rows(plain).Any(r => r.Item1 == "8"));
        Assert.DoesNotContain(Rows(plain), r => r.Item1 == "u");
        if (key is null && repeat == 1)
        {
            // The plain rows themselves, to be sure they were read: a, b, f (its last value), a again, k and m.
            Assert.Equal(
                [("a", 2.0), ("b", 1.0), ("f", 2.0), ("a", 3.0), ("k", 2.5), ("m", 1.0)],
                Rows(plain).Where(r => r.Item2 is not null && r.Item1 is "a" or "b" or "f" or "k" or "m").Select(r => (r.Item1, r.Item2!.Value)));
        }
    }

    static List<(string, double?, string?, int?)> Rows(ImportResult result) =>
    [
        .. result.Judgments.SelectMany(j => j.Value).Select(j => (j.ItemId, j.Score, j.MissingReason, j.Source?.Line)),
        .. result.Labels.Select(l => (l.ItemId, (double?)l.Score, l.Annotator, l.Source?.Line)),
    ];
}
