using System.Text.Json.Nodes;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Labelling;

namespace JudgeEval.Engine.Tests.Labelling;

/// <summary>The queue behind the page: order, resume, tabs, back and skip, blindness, pairwise sides, and several annotators.</summary>
public sealed class LabelSessionTests : IDisposable
{
    const string A = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    const string B = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

    readonly LabelEval eval = new(items: 12);
    readonly ManualClock clock = new();

    LabelSession Start(params string[] options) => new(LabelWorkspaces.Prepare(eval.Manifest, "alice", ["--take", "random", "--count", "8", .. options]), clock);

    static string Id(LabelSession s, int k) => s.Workspace.Data.Items[s.Workspace.Selection[k]].Id;

    [Fact]
    public void A_tab_walks_the_selection_in_order_and_each_label_is_one_row()
    {
        var s = Start();

        Assert.Equal(Id(s, 0), s.Current(A).Item!.Id);
        var outcome = s.Label(A, Id(s, 0), "2");

        Assert.Equal((Id(s, 0), "2", (string?)null), (outcome.SavedId, outcome.SavedChoice, outcome.Problem));
        Assert.Equal(Id(s, 1), outcome.View.Item!.Id);
        Assert.Equal(2, outcome.View.Item.Number);
        Assert.Equal(new LabelProgress(1, 8, 1, 8, 1, 500, false, 0), outcome.View.Progress);
        var row = JsonNode.Parse(Assert.Single(File.ReadAllLines(eval.LabelsFile("alice"))))!;
        Assert.Equal((Id(s, 0), 2, "alice"), (row["id"]!.GetValue<string>(), row["label"]!.GetValue<int>(), row["annotator"]!.GetValue<string>()));
        Assert.Equal(DateOnly.FromDateTime(clock.Now.UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), row["labeledOn"]!.GetValue<string>());
    }

    [Fact]
    public void A_second_session_resumes_after_the_items_already_labelled()
    {
        var first = Start();
        first.Current(A);
        first.Label(A, Id(first, 0), "1");
        first.Label(A, Id(first, 1), "3");

        var second = Start();
        var view = second.Current(B);

        Assert.Equal(6, second.OpenAtStart);
        Assert.Equal(Id(second, 2), view.Item!.Id);
        Assert.Equal(new LabelProgress(0, 6, 2, 8, 2, 500, false, 0), view.Progress);
    }

    [Fact]
    public void Two_tabs_never_show_the_same_item_until_one_goes_quiet()
    {
        var s = Start();

        Assert.Equal(Id(s, 0), s.Current(A).Item!.Id);
        Assert.Equal(Id(s, 1), s.Current(B).Item!.Id);
        Assert.Equal(Id(s, 2), s.Label(A, Id(s, 0), "0").View.Item!.Id);
        Assert.Equal(Id(s, 3), s.Label(B, Id(s, 1), "0").View.Item!.Id);

        // A third tab opened after B went quiet for longer than the lease may take B's item.
        clock.Now += TimeSpan.FromMinutes(11);
        s.Current(A);
        Assert.Equal(Id(s, 3), s.Current("cccccccccccccccccccccccccccccccc").Item!.Id);
    }

    [Fact]
    public void Back_shows_a_labelled_item_as_labelled_and_it_cannot_be_labelled_twice()
    {
        var s = Start();
        s.Current(A);
        s.Label(A, Id(s, 0), "3");

        var back = s.Back(A);
        var again = s.Label(A, Id(s, 0), "1");

        Assert.Equal((Id(s, 0), LabelStates.Labelled, "3", true, false), (back.Item!.Id, back.State, back.Choice, back.Mine, back.CanGoBack));
        Assert.Null(again.SavedId);
        Assert.Contains("You have already labelled this item", again.Problem, StringComparison.Ordinal);
        Assert.Single(File.ReadAllLines(eval.LabelsFile("alice")));
        Assert.Equal(Id(s, 1), s.Next(A).Item!.Id);
    }

    [Fact]
    public void A_skipped_item_stays_unlabelled_can_be_labelled_after_back_and_comes_back_next_session()
    {
        var s = Start();
        s.Current(A);

        var next = s.Skip(A, Id(s, 0));
        var back = s.Back(A);
        var labelled = s.Label(A, Id(s, 0), "1");

        Assert.Equal(Id(s, 1), next.Item!.Id);
        Assert.Equal(LabelStates.Skipped, back.State);
        Assert.Equal(Id(s, 0), labelled.SavedId);

        var other = Start();
        other.Skip(B, other.Current(B).Item!.Id);
        Assert.Equal(Id(other, 1), Start().Current(A).Item!.Id);
    }

    [Fact]
    public void A_label_for_an_item_the_tab_is_not_on_or_an_unknown_choice_saves_nothing()
    {
        var s = Start();
        s.Current(A);

        var wrongItem = s.Label(A, Id(s, 3), "1");
        var wrongChoice = s.Label(A, Id(s, 0), "4");
        var pairChoice = s.Label(A, Id(s, 0), "left");
        var otherTab = s.Label(B, Id(s, 0), "1");

        Assert.All([wrongItem, wrongChoice, pairChoice, otherTab], o => Assert.Null(o.SavedId));
        Assert.Contains("another item", wrongItem.Problem, StringComparison.Ordinal);
        Assert.Contains("not one of this task's choices", wrongChoice.Problem, StringComparison.Ordinal);
        Assert.Equal(0, new FileInfo(eval.LabelsFile("alice")).Length);
    }

    [Fact]
    public void The_judges_are_shown_only_after_the_annotator_labelled_the_item()
    {
        var s = Start();
        var id = s.Current(A).Item!.Id;

        Assert.Null(s.Judges(A, id));
        s.Label(A, id, "2");
        var judges = s.Judges(A, id)!;

        Assert.Equal("2", judges.YourChoice);
        var i = int.Parse(id["item-".Length..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(
            [("opus", "anthropic/claude-opus-4.7", LabelEval.Grade(i, 0).ToString(System.Globalization.CultureInfo.InvariantCulture)), ("gpt4o", "openai/gpt-4o", LabelEval.Grade(i, 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), ("gemma", "google/gemma-4-26b", LabelEval.Grade(i, 2).ToString(System.Globalization.CultureInfo.InvariantCulture))],
            judges.Judges.Select(j => (j.Id, j.Model, j.Verdict)));
        Assert.Null(s.Judges(A, Id(s, 1)));
        Assert.Null(s.Judges(A, "no-such-item"));
    }

    [Fact]
    public void When_everything_is_labelled_the_view_has_no_item_and_can_go_back()
    {
        var s = Start("--count", "2");
        s.Label(A, s.Current(A).Item!.Id, "0");
        var done = s.Label(A, Id(s, 1), "0").View;

        Assert.Null(done.Item);
        Assert.True(done.CanGoBack);
        Assert.Equal(Id(s, 1), s.Back(A).Item!.Id);
    }

    [Fact]
    public void Pairwise_sides_are_undone_when_saving()
    {
        using var pairs = new LabelEval(items: 16, pairwise: true);
        var s = new LabelSession(LabelWorkspaces.Prepare(pairs.Manifest, "alice", "--take", "random", "--count", "16"), clock);
        var seen = new HashSet<PairOrder>();
        var view = s.Current(A);
        while (view.Item is { } item)
        {
            var order = PairOrders.For(1, "alice", item.Id);
            seen.Add(order);
            var k = int.Parse(item.Id["item-".Length..], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(order == PairOrder.Original ? $"first answer {k}" : $"second answer {k}", item.Left);
            view = s.Label(A, item.Id, "left").View;
        }

        Assert.Equal(2, seen.Count);
        var rows = File.ReadAllLines(pairs.LabelsFile("alice")).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(16, rows.Count);
        Assert.All(rows, r => Assert.Equal(
            r["order"]!.GetValue<string>() == "original" ? "first" : "second",
            r["label"]!.GetValue<string>()));
        Assert.Equal(rows.Select(r => r["order"]!.GetValue<string>()), rows.Select(r => PairOrders.For(1, "alice", r["id"]!.GetValue<string>()) == PairOrder.Swapped ? "swapped" : "original"));
    }

    [Fact]
    public void Pairwise_verdicts_are_revealed_in_the_sides_the_annotator_saw()
    {
        using var pairs = new LabelEval(items: 16, pairwise: true);
        var s = new LabelSession(LabelWorkspaces.Prepare(pairs.Manifest, "alice", "--take", "random", "--count", "16"), clock);
        var data = s.Workspace.Data;
        var view = s.Current(A);
        while (view.Item is { } item)
        {
            view = s.Label(A, item.Id, "tie").View;
            var judges = s.Judges(A, item.Id)!;
            var i = data.Items.ToList().FindIndex(x => x.Id == item.Id);
            var swapped = PairOrders.For(1, "alice", item.Id) == PairOrder.Swapped;
            Assert.Equal(swapped ? ("claude-3-5-sonnet", "gpt-4o") : ("gpt-4o", "claude-3-5-sonnet"), (judges.LeftModel, judges.RightModel));
            for (var j = 0; j < data.Judges.Count; j++)
            {
                var expected = data.Judges[j].Scores[i] switch
                {
                    Preference.First => swapped ? "right" : "left",
                    Preference.Second => swapped ? "left" : "right",
                    null => "no verdict",
                    _ => data.Judges[j].Original![i] != data.Judges[j].Swapped![i] ? "tie (the orders disagree)" : "tie",
                };
                Assert.Equal(expected, judges.Judges[j].Verdict);
            }
        }

        Assert.All(File.ReadAllLines(pairs.LabelsFile("alice")), l => Assert.Equal("tie", JsonNode.Parse(l)!["label"]!.GetValue<string>()));
    }

    [Fact]
    public void Another_annotators_session_offers_the_items_the_first_labelled_and_keeps_both_rows()
    {
        using var team = new LabelEval(items: 12, extra: "humanLabels: { path: team.jsonl, format: jsonl }");
        team.Write("team.jsonl", "");
        LabelSession As(string who) => new(LabelWorkspaces.Prepare(team.Manifest, who, "--take", "random", "--count", "8"), clock);
        var alice = As("alice");
        alice.Current(A);
        alice.Label(A, Id(alice, 0), "1");
        alice.Label(A, Id(alice, 1), "3");

        var bob = As("bob");
        var first = bob.Current(B);

        Assert.Equal((8, 2), (bob.OpenAtStart, bob.LabelledByOthersAtStart));
        Assert.Equal((Id(bob, 0), LabelStates.Open, false), (first.Item!.Id, first.State, first.Mine));
        Assert.Equal(new LabelProgress(0, 8, 0, 8, 2, 500, true, 0), first.Progress);
        Assert.Null(bob.Judges(B, Id(bob, 0)));

        var saved = bob.Label(B, Id(bob, 0), "2");

        Assert.Equal((Id(bob, 0), (string?)null), (saved.SavedId, saved.Problem));
        Assert.Equal(new LabelProgress(1, 8, 1, 8, 2, 500, true, 1), saved.View.Progress);
        Assert.Equal("2", bob.Judges(B, Id(bob, 0))!.YourChoice);
        var rows = File.ReadAllLines(Path.Combine(team.Folder, "team.jsonl")).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(
            [(Id(bob, 0), "alice", 1), (Id(bob, 1), "alice", 3), (Id(bob, 0), "bob", 2)],
            rows.Select(r => (r["id"]!.GetValue<string>(), r["annotator"]!.GetValue<string>(), r["label"]!.GetValue<int>())));
    }

    [Fact]
    public void The_same_annotator_in_a_second_server_cannot_label_an_item_twice()
    {
        var first = Start();
        var second = Start();
        var id = first.Current(A).Item!.Id;

        Assert.Equal(id, second.Current(B).Item!.Id);
        Assert.Equal(id, first.Label(A, id, "1").SavedId);
        var refused = second.Label(B, id, "2");

        Assert.Null(refused.SavedId);
        Assert.Contains("You have already labelled this item (in another tab or session)", refused.Problem, StringComparison.Ordinal);
        Assert.Equal((id, LabelStates.Labelled, true), (refused.View.Item!.Id, refused.View.State, refused.View.Mine));
        Assert.Single(File.ReadAllLines(eval.LabelsFile("alice")));
        Assert.Equal(Id(second, 1), second.Next(B).Item!.Id);
    }

    [Fact]
    public void Only_this_annotators_labels_in_other_sources_hide_an_item_and_an_unnamed_label_is_nobodys()
    {
        using var team = new LabelEval(items: 6, extra: "humanLabels:\n  - { path: earlier.jsonl, format: jsonl }\n  - { path: labels.alice.jsonl, format: jsonl }");
        team.Write("earlier.jsonl", "{\"id\":\"item-01\",\"label\":1,\"annotator\":\"alice\"}\n{\"id\":\"item-02\",\"label\":2,\"annotator\":\"bob\"}\n{\"id\":\"item-03\",\"label\":0}\n{\"id\":\"item-03\",\"label\":1,\"annotator\":\"bob\"}\n");
        team.Write("labels.alice.jsonl", "");
        var s = new LabelSession(LabelWorkspaces.Prepare(team.Manifest, "alice", "--take", "random", "--count", "6"), clock);
        var offered = new List<string>();
        var view = s.Current(A);

        Assert.Equal((5, 2), (s.OpenAtStart, s.LabelledByOthersAtStart));
        Assert.Equal(new LabelProgress(0, 5, 1, 6, 3, 500, true, 1), view.Progress);
        var earlier = s.Judges(A, "item-01");
        Assert.NotNull(earlier);
        Assert.Null(earlier.YourChoice);
        Assert.Null(s.Judges(A, "item-02"));
        while (view.Item is { } item)
        {
            offered.Add(item.Id);
            view = s.Label(A, item.Id, "1").View;
        }

        Assert.Equal(["item-00", "item-02", "item-03", "item-04", "item-05"], offered.Order());
        Assert.Equal(new LabelProgress(5, 5, 6, 6, 6, 500, true, 2), view.Progress);
    }

    public void Dispose() => eval.Dispose();

    sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
