using JudgeEval.Engine.Data;
using static JudgeEval.Engine.Tests.Data.DatasetFixtures;

namespace JudgeEval.Engine.Tests.Data;

/// <summary>
/// Judges whose columns number ids in the run's one table are placed by entry after the first lookup of each id; they
/// join exactly as rows placed by id string: out of order, unknown ids, duplicate item ids, columns of another table.
/// </summary>
public sealed class EntryJoinTests
{
    [Fact]
    public void Rows_out_of_order_and_with_gaps_join_by_entry_as_by_id()
    {
        var shared = new IdTable();
        var (a, diagnosticsA) = DatasetBuilder.Build(Input(() => new JudgmentColumns("j.jsonl", shared), withUnknown: false));
        var (b, diagnosticsB) = DatasetBuilder.Build(Input(() => new JudgmentColumns("j.jsonl"), withUnknown: false));

        Assert.Empty(diagnosticsA);
        Assert.Empty(diagnosticsB);
        Assert.Equal(b!.Judges.Select(j => j.Scores), a!.Judges.Select(j => j.Scores));
        Assert.Equal([1.0, 2.0, 0.0, null], a.Judges[0].Scores);
        Assert.Equal([3.0, null, 1.0, 2.0], a.Judges[1].Scores);
    }

    [Fact]
    public void An_unknown_id_is_reported_for_every_judge_that_names_it()
    {
        var shared = new IdTable();
        var (_, byEntry) = DatasetBuilder.Build(Input(() => new JudgmentColumns("j.jsonl", shared), withUnknown: true));
        var (_, byId) = DatasetBuilder.Build(Input(() => new JudgmentColumns("j.jsonl"), withUnknown: true));

        Assert.Equal(byId.Select(d => (d.Code, d.Message, d.Location)), byEntry.Select(d => (d.Code, d.Message, d.Location)));
        Assert.Equal(2, byEntry.Count(d => d.Message.Contains("'zz'", StringComparison.Ordinal)));
    }

    [Fact]
    public void Columns_of_another_table_join_by_id()
    {
        var (dataset, diagnostics) = DatasetBuilder.Build(Pointwise(Items("a", "b", "c", "d"), null) with
        {
            Judges =
            [
                new JudgeInput("j1", Columns(new JudgmentColumns("j.jsonl", new IdTable()), ("b", 1), ("a", 2)), JudgeAt),
                new JudgeInput("j2", Columns(new JudgmentColumns("j.jsonl", new IdTable()), ("a", 3), ("d", 0)), JudgeAt),
            ],
        });

        Assert.Empty(diagnostics);
        Assert.Equal([2.0, 1.0, null, null], dataset!.Judges[0].Scores);
        Assert.Equal([3.0, null, null, 0.0], dataset.Judges[1].Scores);
    }

    static DatasetInput Input(Func<JudgmentColumns> make, bool withUnknown) =>
        Pointwise(Items("a", "b", "c", "d"), null) with
        {
            Judges =
            [
                new JudgeInput("j1", Columns(make(), [("a", 1), .. Unknown(withUnknown, 3), ("c", 0), ("b", 2)]), JudgeAt),
                new JudgeInput("j2", Columns(make(), [("d", 2), ("a", 3), .. Unknown(withUnknown, 1), ("c", 1)]), JudgeAt),
            ],
        };

    static (string, double)[] Unknown(bool with, double score) => with ? [("zz", score)] : [];

    static JudgmentColumns Columns(JudgmentColumns columns, params (string Id, double Score)[] rows)
    {
        Add(columns, rows);
        return columns;
    }

    static void Add(JudgmentColumns columns, params (string Id, double Score)[] rows)
    {
        for (var r = 0; r < rows.Length; r++)
        {
            columns.Add(rows[r].Id, rows[r].Score, 0, null, null, r + 1, r + 1, 20);
        }
    }
}
