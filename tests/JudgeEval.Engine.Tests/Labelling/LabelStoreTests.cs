using System.Text;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Import;
using JudgeEval.Engine.Labelling;

namespace JudgeEval.Engine.Tests.Labelling;

/// <summary>The labels file: appended row by row, never rewritten, safe with several writers, read back by the engine's importer.</summary>
public sealed class LabelStoreTests : IDisposable
{
    static readonly DateOnly Day = new(2026, 5, 4);

    readonly string folder = Directory.CreateTempSubdirectory("judgeeval-store-").FullName;

    string File(string name = "labels.jsonl") => Path.Combine(folder, name);

    [Fact]
    public void Rows_are_the_documented_jsonl_columns_one_per_line()
    {
        var store = new LabelStore(File());

        Assert.True(store.Append(new LabelRow("q1/d7", 2, "alice", Day), TaskKind.Pointwise));
        Assert.True(store.Append(new LabelRow("p9", Preference.Second, "alice", Day, PairOrder.Swapped), TaskKind.Pairwise));

        Assert.Equal(
            "{\"id\":\"q1/d7\",\"label\":2,\"annotator\":\"alice\",\"labeledOn\":\"2026-05-04\"}\n"
            + "{\"id\":\"p9\",\"label\":\"second\",\"annotator\":\"alice\",\"labeledOn\":\"2026-05-04\",\"order\":\"swapped\"}\n",
            System.IO.File.ReadAllText(File()));
    }

    [Fact]
    public void Untrusted_ids_are_escaped_and_read_back_unchanged()
    {
        const string id = "q\"1\n</script><b>\u202E\\";
        var store = new LabelStore(File());
        store.Append(new LabelRow(id, 1, "bob", Day), TaskKind.Pointwise);

        var lines = System.IO.File.ReadAllLines(File());
        Assert.Single(lines);
        Assert.DoesNotContain("<", lines[0], StringComparison.Ordinal);
        Assert.Equal(id, Assert.Single(Import(File(), TaskKind.Pointwise).Labels).ItemId);
    }

    [Fact]
    public void Appending_never_rewrites_what_is_there_and_mends_a_torn_last_line()
    {
        var before = "{\"id\":\"a\",\"label\":1}\n{\"id\":\"b\",\"label\":0}"; // a hand edit without a final newline
        System.IO.File.WriteAllText(File(), before);
        var store = new LabelStore(File());

        store.Append(new LabelRow("c", 3, "alice", Day), TaskKind.Pointwise);

        var after = System.IO.File.ReadAllText(File());
        Assert.StartsWith(before, after, StringComparison.Ordinal);
        Assert.Equal(["a", "b", "c"], Import(File(), TaskKind.Pointwise).Labels.Select(l => l.ItemId));
    }

    [Fact]
    public void An_annotator_labels_an_item_once_even_when_another_process_of_theirs_labelled_it_since()
    {
        var mine = new LabelStore(File());
        var theirs = new LabelStore(File());
        mine.Refresh();

        Assert.True(theirs.Append(new LabelRow("x", 1, "alice", Day), TaskKind.Pointwise));
        Assert.False(mine.IsLabelled("x"));
        Assert.False(mine.Append(new LabelRow("x", 2, "alice", Day), TaskKind.Pointwise));

        Assert.True(mine.HasLabelled("x", "alice"));
        Assert.False(mine.HasLabelled("x", "bob"));
        Assert.Single(System.IO.File.ReadAllLines(File()));
    }

    [Fact]
    public void Another_annotators_label_of_the_same_item_is_kept_and_an_unnamed_row_is_nobodys()
    {
        var alice = new LabelStore(File());
        var bob = new LabelStore(File());
        System.IO.File.WriteAllText(File(), "{\"id\":\"x\",\"label\":0}\n");

        Assert.True(alice.Append(new LabelRow("x", 1, "alice", Day), TaskKind.Pointwise));
        Assert.True(bob.Append(new LabelRow("x", 2, "bob", Day), TaskKind.Pointwise));

        alice.Refresh();
        Assert.Equal(3, alice.Labelled().AnnotatorsOf("x"));
        Assert.Equal([(null, 0d), ("alice", 1d), ("bob", 2d)], Import(File(), TaskKind.Pointwise).Labels.Select(l => (l.Annotator, l.Score)));
    }

    [Fact]
    public async Task Concurrent_writers_keep_every_row()
    {
        const int writers = 4;
        const int rows = 50;
        var stores = Enumerable.Range(0, writers).Select(_ => new LabelStore(File())).ToArray();
        using var start = new Barrier(writers);

        await Task.WhenAll(stores.Select((store, w) => Task.Run(() =>
        {
            start.SignalAndWait();
            for (var r = 0; r < rows; r++)
            {
                Assert.True(store.Append(new LabelRow($"w{w}-r{r}", r % 4, "w" + w, Day), TaskKind.Pointwise));
            }
        })));

        var labels = Import(File(), TaskKind.Pointwise);
        Assert.Empty(labels.Diagnostics);
        Assert.Equal(writers * rows, labels.Labels.Select(l => l.ItemId).Distinct().Count());
        Assert.Equal(writers * rows, (await System.IO.File.ReadAllLinesAsync(File())).Length);
    }

    [Fact]
    public void A_file_held_by_another_writer_is_waited_for_then_reported()
    {
        var store = new LabelStore(File(), TimeSpan.FromMilliseconds(200));
        using (new FileStream(File(), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            Assert.ThrowsAny<IOException>(() => store.Append(new LabelRow("a", 1, "alice", Day), TaskKind.Pointwise));
        }

        Assert.True(store.Append(new LabelRow("a", 1, "alice", Day), TaskKind.Pointwise));
    }

    [Fact]
    public void Prepare_checks_creates_only_when_asked_and_names_what_cannot_be_used()
    {
        Assert.Null(LabelStore.Prepare(File("new.jsonl"), create: false));
        Assert.False(System.IO.File.Exists(File("new.jsonl")));
        Assert.Null(LabelStore.Prepare(File("new.jsonl"), create: true));
        Assert.Equal(0, new FileInfo(File("new.jsonl")).Length);

        Directory.CreateDirectory(File("dir.jsonl"));
        Assert.Contains("is a folder", LabelStore.Prepare(File("dir.jsonl"), create: false), StringComparison.Ordinal);
        Assert.Contains("does not exist", LabelStore.Prepare(Path.Combine(folder, "missing", "x.jsonl"), create: true), StringComparison.Ordinal);
    }

    [Fact]
    public void The_engine_imports_the_rows_as_human_labels_with_annotator_and_date()
    {
        var store = new LabelStore(File());
        store.Append(new LabelRow("q1", 3, "alice", Day), TaskKind.Pointwise);
        store.Append(new LabelRow("q2", 0, "alice", Day), TaskKind.Pointwise);
        var pairs = new LabelStore(File("pairs.jsonl"));
        pairs.Append(new LabelRow("p1", Preference.Tie, "bob", Day, PairOrder.Original), TaskKind.Pairwise);

        var pointwise = Import(File(), TaskKind.Pointwise);
        var pairwise = Import(File("pairs.jsonl"), TaskKind.Pairwise);

        Assert.Empty(pointwise.Diagnostics);
        Assert.Empty(pairwise.Diagnostics);
        Assert.Equal([("q1", 3.0, "alice", Day), ("q2", 0.0, "alice", Day)], pointwise.Labels.Select(l => (l.ItemId, l.Score, l.Annotator, l.LabeledOn!.Value)));
        Assert.Equal(Preference.Tie, Assert.Single(pairwise.Labels).Score);
    }

    static ImportResult Import(string path, TaskKind kind) => Importers.Import(
        new SourceSpec { Path = path, Format = "jsonl", BaseDirectory = Path.GetDirectoryName(path)!, DeclaredAt = SourceLocation.At(path, 1, 1) },
        DataRole.HumanLabels,
        kind);

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
