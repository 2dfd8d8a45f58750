using System.Globalization;
using JudgeEval.Engine.Statistics.Agreement;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace JudgeEval.Engine.Manifest;

/// <summary>Reads `task:`: the kind, the scale, the pass threshold, the kappa weighting and the labellers' rubric, with their defaults.</summary>
internal static class TaskReader
{
    const int MaxGrades = 101;

    static readonly string[] Keys = ["kind", "scale", "passThreshold", "weighting", "weights", "retrieval", "rubric", "gate"];

    public static TaskSpec? Read(Section s)
    {
        var kind = s.Choice<TaskKind>("kind", required: true);
        if (kind is null)
        {
            return null;
        }

        var scale = kind == TaskKind.Pairwise ? PairwiseScale(s) : PointwiseScale(s);
        if (scale is null)
        {
            return null;
        }

        var passThreshold = PassThreshold(s, scale);
        var weighting = s.Choice<KappaWeighting>("weighting")
            ?? (kind == TaskKind.Pointwise && scale.Categories.Count >= 3 ? KappaWeighting.Quadratic : KappaWeighting.Unweighted);
        var weights = Weights(s, weighting, scale);
        var retrieval = Retrieval(s, kind.Value);
        var rubric = RubricReader.Read(s, scale);
        return new TaskSpec
        {
            Kind = kind.Value,
            Scale = scale,
            PassThreshold = passThreshold,
            Weighting = weighting,
            Weights = weights,
            Retrieval = retrieval,
            Rubric = rubric,
            Gate = s.Choice<AgreementGate>("gate") ?? AgreementGate.Kappa,
            GateAt = s.Has("gate") ? s.ValueAt("gate") : null,
            At = s.At,
            PassThresholdAt = s.ValueAt("passThreshold"),
            WeightingAt = s.ValueAt("weighting"),
        };
    }

    public static IReadOnlyCollection<string> AllowedKeys => Keys;

    static Scale? PairwiseScale(Section s)
    {
        if (s.Has("scale"))
        {
            s.Context.Report(ManifestDiagnostics.Inconsistent, "task.scale applies to pointwise tasks only; pairwise verdicts are first, second or tie.", s.KeyAt("scale"));
        }

        if (s.Has("passThreshold"))
        {
            s.Context.Report(ManifestDiagnostics.Suspicious, "task.passThreshold is ignored for pairwise tasks.", s.KeyAt("passThreshold"));
        }

        return Scale.Pairwise;
    }

    static Scale? PointwiseScale(Section s)
    {
        if (s.Value("scale") is YamlScalarNode { Value: { } word })
        {
            if (string.Equals(word, "binary", StringComparison.Ordinal))
            {
                // The short form of { min: 0, max: 1 }: pass/fail verdicts, which the data may write as booleans.
                return Scale.Binary;
            }

            s.Context.Report(ManifestDiagnostics.WrongType, $"task.scale must be binary or a mapping {{ min, max }}, not '{word}'.", s.ValueAt("scale"));
            return null;
        }

        var scale = s.Sub("scale", ["min", "max"], required: true);
        if (scale is null)
        {
            return null;
        }

        var min = scale.Int("min", required: true);
        var max = scale.Int("max", required: true);
        if (min is null || max is null)
        {
            return null;
        }

        if (min >= max)
        {
            s.Context.Report(ManifestDiagnostics.BadValue, $"task.scale: min ({min}) must be below max ({max}).", s.ValueAt("scale"));
            return null;
        }

        // In long: max - min of two ints overflows an int for scales such as -1500000000..1500000000.
        var grades = (long)max.Value - min.Value + 1;
        if (grades > MaxGrades)
        {
            s.Context.Report(ManifestDiagnostics.BadValue, string.Create(CultureInfo.InvariantCulture, $"task.scale {min}..{max} has {grades:N0} integer grades; at most {MaxGrades} are supported (e.g. 0..100)."), s.ValueAt("scale"));
            return null;
        }

        return Scale.Pointwise(min.Value, max.Value);
    }

    static double PassThreshold(Section s, Scale scale)
    {
        if (scale.Kind == TaskKind.Pairwise)
        {
            return 1.5;
        }

        return s.Number("passThreshold", scale.Min, scale.Max) ?? Math.Ceiling((scale.Min + scale.Max) / 2);
    }

    static double[][]? Weights(Section s, KappaWeighting weighting, Scale scale)
    {
        var cx = s.Context;
        if (weighting != KappaWeighting.Custom)
        {
            if (s.Has("weights"))
            {
                cx.Report(ManifestDiagnostics.Inconsistent, "task.weights is used only with `weighting: custom`.", s.KeyAt("weights"));
            }

            return null;
        }

        var rows = s.List("weights");
        if (rows is null)
        {
            if (!s.Has("weights"))
            {
                cx.Report(ManifestDiagnostics.Inconsistent, "`weighting: custom` needs task.weights, a k x k matrix of agreement weights.", s.ValueAt("weighting"));
            }

            return null;
        }

        var k = scale.Categories.Count;
        if (rows.Children.Count != k)
        {
            cx.Report(ManifestDiagnostics.BadValue, $"task.weights must have {k} rows (one per grade), not {rows.Children.Count}.", rows);
            return null;
        }

        var matrix = new double[k][];
        for (var i = 0; i < k; i++)
        {
            var row = Row(cx, rows.Children[i], i, k);
            if (row is null)
            {
                return null;
            }

            matrix[i] = row;
        }

        var asymmetric = Enumerable.Range(0, k).Any(i => Enumerable.Range(0, k).Any(j => matrix[i][j] != matrix[j][i]));
        if (asymmetric)
        {
            cx.Report(ManifestDiagnostics.Suspicious, "task.weights is not symmetric: disagreeing one way would count differently from the other.", rows);
        }

        return matrix;
    }

    static double[]? Row(ManifestContext cx, YamlNode node, int i, int k)
    {
        var where = $"task.weights[{i}]";
        if (node is not YamlSequenceNode cells || cells.Children.Count != k)
        {
            cx.Report(ManifestDiagnostics.WrongType, $"{where} must be a list of {k} numbers.", node);
            return null;
        }

        var row = new double[k];
        for (var j = 0; j < k; j++)
        {
            var value = Scalars.Number(cx, cells.Children[j], $"{where}[{j}]", 0, 1);
            if (value is null)
            {
                return null;
            }

            if (i == j && value != 1)
            {
                cx.Report(ManifestDiagnostics.BadValue, $"{where}[{j}] is on the diagonal and must be 1 (full agreement).", cells.Children[j]);
                return null;
            }

            row[j] = value.Value;
        }

        return row;
    }

    static RetrievalSpec? Retrieval(Section s, TaskKind kind)
    {
        var r = s.Sub("retrieval", ["k", "precisionAt", "ideal"]);
        if (r is null)
        {
            return null;
        }

        if (kind == TaskKind.Pairwise)
        {
            s.Context.Report(ManifestDiagnostics.Inconsistent, "task.retrieval needs graded items (a pointwise task).", r.At);
            return null;
        }

        return new RetrievalSpec(r.Int("k", 1) ?? 10, r.Int("precisionAt", 1) ?? 5, r.Choice<IdealRanking>("ideal") ?? IdealRanking.Judged, r.At);
    }
}
