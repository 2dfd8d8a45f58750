using JudgeEval.Engine.Data;
using static JudgeEval.Engine.Tests.Import.ImportFixtures;

namespace JudgeEval.Engine.Tests.Import;

/// <summary>
/// Rows of just an id and a numeric score take a shorter path into the columns; every other row must come out exactly
/// as the general path makes it. Each line is read as written, then again with <c>"raw": null</c> added, which sends
/// every row down the general path and stores the same judgment.
/// </summary>
public sealed class PlainJudgmentRowTests : IDisposable
{
    static readonly string[] Lines =
    [
        """{"id": "a", "score": 2}""",
        """{"score": 1, "id": "b"}""",
        """{"id": "c", "score": null}""",
        """{"id": "d", "score": "2"}""",
        """{"id": "e"}""",
        """{"score": 3}""",
        """{"id": "f", "score": 1, "score": 2}""",
        """{"id": "g", "score": 1} trailing""",
        """{"\u0069d": "h", "score": 2}""",
        """{"id": 7, "score": 2}""",
        """{"id": "caf\u00e9", "score": 0}""",
        """{"id": "i", "score": 1e400}""",
        """{"id": "j", "Score": 1}""",
        """{"id": "a", "score": 3}""",
        """{"id": "k", "score": 2.5}""",
        "",
        """{"id": "l", "score": 1""",
    ];

    readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Every_row_is_stored_and_every_problem_reported_as_the_general_path_does()
    {
        var plain = Read(Spec(temp.Write("plain.jsonl", string.Join('\n', Lines)), "jsonl"), DataRole.Judgments);
        var general = Read(Spec(temp.Write("general.jsonl", string.Join('\n', Lines.Select(WithRaw))), "jsonl"), DataRole.Judgments);

        Assert.Equal(Rows(general), Rows(plain));
        Assert.Equal(general.Diagnostics.Select(Problem), plain.Diagnostics.Select(Problem));
        Assert.Equal(general.IgnoredColumns, plain.IgnoredColumns);
        // The plain rows themselves, to be sure they were read: a, b, f (its last score), a again, and k.
        Assert.Equal([("a", 2.0), ("b", 1.0), ("f", 2.0), ("a", 3.0), ("k", 2.5)], plain.Judgments[""].Where(j => j.Score is not null && j.ItemId is "a" or "b" or "f" or "k").Select(j => (j.ItemId, j.Score!.Value)));
    }

    /// <summary>The line with <c>"raw": null</c> before its first closing brace, if it has one.</summary>
    static string WithRaw(string line)
    {
        var brace = line.IndexOf('}', StringComparison.Ordinal);
        return brace < 0 ? line : line[..brace] + """, "raw": null""" + line[brace..];
    }

    /// <summary>A problem by code, message and line; where malformed JSON breaks off moves with the added property.</summary>
    static (string, string, int?) Problem(JudgeEval.Engine.Diagnostics.Diagnostic d) =>
        (d.Code, d.Code == "JE0053" ? d.Message[..d.Message.IndexOf(':', StringComparison.Ordinal)] : d.Message, d.Location?.Line);

    static IEnumerable<(string, double?, string?, int?)> Rows(ImportResult result) =>
        result.Judgments.SelectMany(j => j.Value).Select(j => (j.ItemId, j.Score, j.MissingReason, j.Source?.Line));
}
