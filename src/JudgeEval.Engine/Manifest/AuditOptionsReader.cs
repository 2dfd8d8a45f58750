using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Statistics.Annotators;

namespace JudgeEval.Engine.Manifest;

/// <summary>Reads the audit's options beside the data: `selfPreference`, `slices`, `productScore`, and the human labels' consensus and rounding.</summary>
internal static class AuditOptionsReader
{
    public static (SelfPreferenceScope Scope, SourceLocation At) SelfPreference(Section top, SourceLocation fallback)
    {
        var s = top.Sub("selfPreference", ["scope"]);
        return (s?.Choice<SelfPreferenceScope>("scope") ?? SelfPreferenceScope.Family, s is null ? fallback : s.ValueAt("scope"));
    }

    public static IReadOnlyList<SliceSpec> Slices(Section top)
    {
        var list = top.List("slices");
        if (list is null)
        {
            return [];
        }

        var cx = top.Context;
        var slices = new List<SliceSpec>();
        for (var i = 0; i < list.Children.Count; i++)
        {
            var node = list.Children[i];
            if (Scalars.Text(cx, node, $"slices[{i}]") is not { } text)
            {
                continue;
            }

            var slice = Parse(text.Trim(), cx.At(node));
            if (slice is null)
            {
                cx.Report(ManifestDiagnostics.BadValue, $"slices[{i}]: '{text}' is not an item field to slice by; use model, queryId or tag:<prefix> (e.g. tag:dataset for tags like dataset:cnn).{Suggestions.Hint(text, ["model", "queryId", "tag:"])}", node);
            }
            else if (slices.Exists(s => s.Field == slice.Field && s.Prefix == slice.Prefix))
            {
                cx.Report(ManifestDiagnostics.Suspicious, $"slices[{i}]: '{text}' is listed twice; it is audited once.", node);
            }
            else
            {
                slices.Add(slice);
            }
        }

        return slices;
    }

    public static ProductScoreSpec? ProductScore(Section top)
    {
        var s = top.Sub("productScore", ["producers"]);
        if (s is null)
        {
            return null;
        }

        var producers = s.TextList("producers");
        if (producers.Count == 0)
        {
            if (s.Has("producers"))
            {
                s.Context.Report(ManifestDiagnostics.BadValue, "productScore.producers must name at least one producing model (as the items' `model` field writes it).", s.ValueAt("producers"));
            }
            else
            {
                s.Required("producers");
            }

            return null;
        }

        return new ProductScoreSpec(producers, s.ValueAt("producers"));
    }

    /// <summary>The labels' consensus and rounding, agreed across sources and checked against the task kind.</summary>
    public static (ConsensusMethod? Consensus, SourceLocation? ConsensusAt, LabelRounding Rounding, SourceLocation? RoundingAt) Labels(
        ManifestContext cx, LabelSourceNotes notes, TaskKind? kind)
    {
        var (consensus, consensusAt) = LabelSourceNotes.Agreed(cx, notes.Consensus, LabelSourceNotes.ConsensusKey);
        var (rounding, roundingAt) = LabelSourceNotes.Agreed(cx, notes.Rounding, LabelSourceNotes.RoundingKey);
        if (kind == TaskKind.Pairwise && consensus is { } c && c != ConsensusMethod.Majority)
        {
            cx.Report(ManifestDiagnostics.Inconsistent, $"humanLabels.consensus: {Scalars.Name(c)} would average preferences into values that are neither first, second nor tie; pairwise labels are combined by majority.", consensusAt!);
        }

        if (kind == TaskKind.Pairwise && rounding is not null)
        {
            cx.Report(ManifestDiagnostics.Suspicious, "humanLabels.rounding applies to graded labels; pairwise labels are first, second or tie and are never rounded.", roundingAt!);
        }

        return (consensus, consensusAt, rounding ?? LabelRounding.HalfUp, roundingAt);
    }

    static SliceSpec? Parse(string text, SourceLocation at)
    {
        if (string.Equals(text, "model", StringComparison.Ordinal))
        {
            return new SliceSpec(SliceField.Model, null, text, at);
        }

        if (string.Equals(text, "queryId", StringComparison.Ordinal))
        {
            return new SliceSpec(SliceField.QueryId, null, text, at);
        }

        const string tag = "tag:";
        return text.StartsWith(tag, StringComparison.Ordinal) && text.Length > tag.Length
            ? new SliceSpec(SliceField.Tag, text[tag.Length..].Trim(), text, at)
            : null;
    }
}
