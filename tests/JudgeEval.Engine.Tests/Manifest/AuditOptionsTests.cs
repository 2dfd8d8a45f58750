using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Statistics.Annotators;

namespace JudgeEval.Engine.Tests.Manifest;

/// <summary>task.scale: binary, the human labels' consensus and rounding, selfPreference, slices and productScore.</summary>
public sealed class AuditOptionsTests : IDisposable
{
    readonly ManifestFolder folder = new();

    public void Dispose() => folder.Dispose();

    static string With(string extra) => ManifestFolder.Minimal + "\n" + extra;

    static string Pairwise(string extra) =>
        ManifestFolder.Minimal.Replace("  kind: pointwise\n  scale: { min: 0, max: 3 }", "  kind: pairwise", StringComparison.Ordinal) + "\n" + extra;

    [Fact]
    public void Binary_is_the_short_form_of_a_0_to_1_scale()
    {
        var manifest = folder.Valid(ManifestFolder.Minimal.Replace("scale: { min: 0, max: 3 }", "scale: binary", StringComparison.Ordinal));

        Assert.Equal((TaskKind.Pointwise, 0.0, 1.0), (manifest.Task.Scale.Kind, manifest.Task.Scale.Min, manifest.Task.Scale.Max));
        Assert.True(manifest.Task.Scale.IsBinary);
        Assert.Equal(1, manifest.Task.PassThreshold);
    }

    [Fact]
    public void Another_word_for_the_scale_is_a_type_error() =>
        At.Is(4, 10, folder.Error(ManifestFolder.Minimal.Replace("scale: { min: 0, max: 3 }", "scale: boolean", StringComparison.Ordinal), "JE0008").Location);

    [Fact]
    public void Consensus_and_rounding_are_read_from_the_label_source()
    {
        var manifest = folder.Valid(With("humanLabels: { path: labels.jsonl, format: jsonl, consensus: mean, rounding: nearestEven }"));

        Assert.Equal(ConsensusMethod.Mean, manifest.LabelConsensus);
        Assert.Equal(LabelRounding.NearestEven, manifest.LabelRounding);
    }

    [Fact]
    public void Defaults_are_the_task_kinds_consensus_and_half_up_rounding()
    {
        var manifest = folder.Valid(With("humanLabels: { path: labels.jsonl, format: jsonl }"));

        Assert.Null(manifest.LabelConsensus);
        Assert.Equal(LabelRounding.HalfUp, manifest.LabelRounding);
        Assert.Equal(SelfPreferenceScope.Family, manifest.SelfPreferenceScope);
        Assert.Empty(manifest.Slices);
        Assert.Null(manifest.ProductScore);
    }

    [Fact]
    public void Two_sources_that_disagree_on_the_rounding_are_inconsistent() =>
        At.Is(12, 47, folder.Error(With("humanLabels:\n  - { path: labels.jsonl, format: jsonl, rounding: floor }\n  - { path: a.jsonl, format: jsonl, rounding: halfUp }"), "JE0021").Location);

    [Fact]
    public void Pairwise_labels_are_combined_by_majority_only()
    {
        var d = folder.Error(Pairwise("humanLabels: { path: labels.jsonl, format: jsonl, consensus: median }"), "JE0021");

        Assert.Contains("pairwise labels are combined by majority", d.Message, StringComparison.Ordinal);
        At.Is(9, 62, d.Location);
    }

    [Fact]
    public void Rounding_pairwise_labels_is_only_suspicious()
    {
        var result = folder.Parse(Pairwise("humanLabels: { path: labels.jsonl, format: jsonl, rounding: floor }"));

        Assert.NotNull(result.Manifest);
        Assert.Equal("JE0022", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Self_preference_scope_slices_and_product_producers()
    {
        var manifest = folder.Valid(With("selfPreference: { scope: lineage }\nslices: [model, queryId, \"tag:dataset\"]\nproductScore: { producers: [acme-v2, acme-v3] }"));

        Assert.Equal(SelfPreferenceScope.Lineage, manifest.SelfPreferenceScope);
        Assert.Equal([(SliceField.Model, null), (SliceField.QueryId, null), (SliceField.Tag, "dataset")], manifest.Slices.Select(s => (s.Field, s.Prefix)));
        At.Is(11, 26, manifest.Slices[2].At);
        Assert.Equal(["acme-v2", "acme-v3"], manifest.ProductScore!.Producers);
    }

    [Theory]
    [InlineData("slices: [producer]", 10, 10)]
    [InlineData("slices: [\"tag:\"]", 10, 10)]
    [InlineData("selfPreference: { scope: provider }", 10, 26)]
    public void Unknown_slices_and_scopes_are_bad_values(string extra, int line, int column) =>
        At.Is(line, column, folder.Error(With(extra), "JE0009").Location);

    [Fact]
    public void A_slice_listed_twice_is_audited_once()
    {
        var result = folder.Parse(With("slices: [model, model]"));

        Assert.Single(result.Manifest!.Slices);
        Assert.Equal(Severity.Warning, Assert.Single(result.Diagnostics).Severity);
    }

    [Fact]
    public void Product_score_needs_producers() =>
        folder.Error(With("productScore: { producers: [] }"), "JE0009");

    [Fact]
    public void A_csv_source_may_name_a_column() =>
        Assert.Equal("GPT-4", folder.Valid(With("humanLabels: { path: labels.jsonl, format: csv, column: GPT-4 }")).HumanLabels[0].Option("column"));
}
