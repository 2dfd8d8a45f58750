using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Labelling;

namespace JudgeEval.Engine.Tests.Labelling;

/// <summary>Where labels go, what a session starts from, and every way it refuses to start.</summary>
public class LabelSetupTests
{
    static string Codes(IReadOnlyList<Diagnostic> diagnostics) => string.Join(" ", diagnostics.Select(d => d.Code));

    [Fact]
    public void Without_human_labels_the_labels_go_beside_the_manifest_with_a_hint_to_read_them()
    {
        using var eval = new LabelEval();

        var (workspace, diagnostics) = LabelWorkspaces.Setup(eval.Manifest, "alice");

        Assert.Equal(eval.LabelsFile("alice"), workspace!.Store.Path);
        Assert.False(workspace.LabelsInManifest);
        Assert.True(File.Exists(eval.LabelsFile("alice")));
        var hint = Assert.Single(diagnostics);
        Assert.Equal(("JE0083", Severity.Warning), (hint.Code, hint.Severity));
        Assert.Contains("{ path: labels.alice.jsonl, format: jsonl }", hint.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_manifests_jsonl_labels_are_the_default_and_only_this_annotators_items_are_skipped()
    {
        using var eval = new LabelEval(extra: "humanLabels: { path: team.jsonl, format: jsonl }");
        eval.Write("team.jsonl", "{\"id\":\"item-01\",\"label\":1,\"annotator\":\"bob\"}\n{\"id\":\"item-02\",\"label\":1,\"annotator\":\"alice\"}\n{\"id\":\"item-03\",\"label\":1}\n{\"id\":\"not-an-item\",\"label\":2}\n");

        var (workspace, diagnostics) = LabelWorkspaces.Setup(eval.Manifest, "alice", "--take", "random", "--count", "12");

        Assert.Empty(diagnostics);
        Assert.Equal(Path.Combine(eval.Folder, "team.jsonl"), workspace!.Store.Path);
        Assert.True(workspace.LabelsInManifest);
        Assert.Equal((true, true, false, true), (workspace.Store.IsLabelled("item-01"), workspace.Store.HasLabelled("item-02", "alice"), workspace.Store.HasLabelled("item-03", "alice"), workspace.Store.IsLabelled("item-03")));
        var session = new LabelSession(workspace, TimeProvider.System);
        Assert.Equal((11, 2), (session.OpenAtStart, session.LabelledByOthersAtStart));
    }

    [Fact]
    public void The_file_named_for_the_annotator_wins_among_several_jsonl_sources()
    {
        using var eval = new LabelEval(extra: "humanLabels:\n  - { path: labels.alice.jsonl, format: jsonl }\n  - { path: labels.bob.jsonl, format: jsonl }");
        eval.Write("labels.alice.jsonl", "");
        eval.Write("labels.bob.jsonl", "");

        Assert.Equal(eval.LabelsFile("bob"), LabelWorkspaces.Prepare(eval.Manifest, "bob").Store.Path);
        Assert.Equal(eval.LabelsFile("alice"), LabelWorkspaces.Prepare(eval.Manifest, "alice").Store.Path);
    }

    [Fact]
    public void An_empty_labels_file_in_the_manifest_is_what_labelling_fills()
    {
        using var eval = new LabelEval(extra: "humanLabels: { path: labels.alice.jsonl, format: jsonl }");
        eval.Write("labels.alice.jsonl", "");

        var (workspace, diagnostics) = LabelWorkspaces.Setup(eval.Manifest, "alice");

        Assert.NotNull(workspace);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Labels_the_build_would_reject_stop_the_session()
    {
        using var eval = new LabelEval(extra: "humanLabels: { path: labels.alice.jsonl, format: jsonl }");
        eval.Write("labels.alice.jsonl", "{\"id\":\"item-01\",\"label\":7}\n");

        var (workspace, diagnostics) = LabelWorkspaces.Setup(eval.Manifest, "alice");

        Assert.Null(workspace);
        Assert.Contains("JE0073", Codes(diagnostics), StringComparison.Ordinal);
    }

    [Fact]
    public void A_csv_label_source_is_never_appended_to()
    {
        using var eval = new LabelEval(extra: "humanLabels: { path: labels.csv, format: csv }");
        eval.Write("labels.csv", "id,label\nitem-01,2\n");

        var byDefault = LabelWorkspaces.Prepare(eval.Manifest, "alice");
        var (forced, diagnostics) = LabelWorkspaces.Setup(eval.Manifest, "alice", "--labels", Path.Combine(eval.Folder, "labels.csv"));

        Assert.Equal(eval.LabelsFile("alice"), byDefault.Store.Path);
        Assert.True(byDefault.LabelledElsewhere.IsLabelled("item-01"));
        Assert.False(byDefault.LabelledElsewhere.HasLabelled("item-01", "alice"));
        Assert.Null(forced);
        var problem = Assert.Single(diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("JE0080", problem.Code);
        Assert.Equal(eval.Manifest, problem.Location!.File);
        Assert.Equal("id,label\nitem-01,2\n", eval.Text("labels.csv"));
    }

    [Fact]
    public void A_labels_path_that_is_a_folder_or_in_a_missing_folder_is_JE0080()
    {
        using var eval = new LabelEval();
        Directory.CreateDirectory(Path.Combine(eval.Folder, "dir.jsonl"));

        Assert.Equal("JE0080", Codes(LabelWorkspaces.Setup(eval.Manifest, "alice", "--labels", Path.Combine(eval.Folder, "dir.jsonl")).Diagnostics));
        Assert.Equal("JE0080", Codes(LabelWorkspaces.Setup(eval.Manifest, "alice", "--labels", Path.Combine(eval.Folder, "no", "l.jsonl")).Diagnostics));
    }

    [Fact]
    public void A_missing_or_broken_manifest_is_reported_as_run_reports_it()
    {
        using var eval = new LabelEval();
        eval.Write("broken.yaml", "version: 1\ntask: { kind: listwise }\n");

        Assert.Equal("JE0091", Codes(LabelWorkspaces.Setup(Path.Combine(eval.Folder, "none.yaml")).Diagnostics));
        var (workspace, diagnostics) = LabelWorkspaces.Setup(Path.Combine(eval.Folder, "broken.yaml"));
        Assert.Null(workspace);
        Assert.Contains(diagnostics, d => d.Code == "JE0009");
    }

    [Fact]
    public void Review_needs_disagreeing_judges_and_random_does_not()
    {
        using var eval = new LabelEval();
        var one = eval.Text("judgeeval.yaml").Replace("  - { id: gpt4o", "#  - { id: gpt4o", StringComparison.Ordinal).Replace("  - { id: gemma", "#  - { id: gemma", StringComparison.Ordinal);
        var manifest = eval.Write("one-judge.yaml", one);

        var (review, diagnostics) = LabelWorkspaces.Setup(manifest);
        Assert.False(File.Exists(eval.LabelsFile("alice")), "a refused session leaves no labels file behind");
        var random = LabelWorkspaces.Prepare(manifest, "alice", "--take", "random", "--count", "5");

        Assert.Null(review);
        Assert.Contains("JE0082", Codes(diagnostics), StringComparison.Ordinal);
        Assert.Equal(5, random.Selection.Count);
    }

    [Fact]
    public void Default_counts_are_what_the_build_asks_for()
    {
        using var eval = new LabelEval(items: 30, extra: "review: { top: 7 }\nthresholds: { minCalibrationItems: 12 }");

        Assert.Equal(7, LabelWorkspaces.Prepare(eval.Manifest).Selection.Count);
        Assert.Equal(12, LabelWorkspaces.Prepare(eval.Manifest, "alice", "--take", "random").Selection.Count);
        Assert.Equal(30, LabelWorkspaces.Prepare(eval.Manifest, "alice", "--take", "random", "--count", "99").Selection.Count);
    }
}
