using JudgeEval.Engine.Statistics.Ensembles;
using JudgeEval.Engine.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace JudgeEval.Engine.Manifest;

/// <summary>Reads `ensembles:`; members must be distinct judge ids, at least two.</summary>
internal static class EnsembleReader
{
    static readonly string[] Keys = ["id", "method", "members", "evenMedian"];

    public static IReadOnlyList<EnsembleSpec> Read(Section top, IdRegistry ids, IReadOnlyCollection<string> judgeIds, bool hasHumanLabels)
    {
        var list = top.List("ensembles");
        return list is null
            ? []
            : [.. list.Children.Select((n, i) => ReadOne(top.Context, n, $"ensembles[{i}]", ids, judgeIds, hasHumanLabels)).OfType<EnsembleSpec>()];
    }

    static EnsembleSpec? ReadOne(ManifestContext cx, YamlNode node, string where, IdRegistry ids, IReadOnlyCollection<string> judgeIds, bool hasHumanLabels)
    {
        var s = Section.Open(cx, node, where, Keys);
        if (s is null)
        {
            return null;
        }

        var id = ids.Claim(s, "ensemble");
        var method = s.Choice<EnsembleMethod>("method", required: true);
        var evenMedian = s.Choice<EvenMedianRule>("evenMedian");
        if (method == EnsembleMethod.Weighted && !hasHumanLabels)
        {
            cx.Report(ManifestDiagnostics.Inconsistent, $"{s.Where("method")}: weighted ensembles weight members by their kappa against humans and need `humanLabels`.", s.ValueAt("method"));
        }

        if (evenMedian is not null && method is not null and not EnsembleMethod.Median)
        {
            cx.Report(ManifestDiagnostics.Suspicious, $"{s.Where("evenMedian")} is ignored: the method is {Scalars.Name(method.Value)}, not median.", s.KeyAt("evenMedian"));
        }

        var (members, memberAt) = Members(s, ids, judgeIds);
        if (id is null || method is null || members is null)
        {
            return null;
        }

        return new EnsembleSpec(id, method.Value, members, evenMedian ?? EvenMedianRule.Lower, s.At, s.ValueAt("method"), s.ValueAt("members"))
        {
            MemberAt = memberAt,
        };
    }

    static (IReadOnlyList<string>? Members, IReadOnlyList<SourceLocation> At) Members(Section s, IdRegistry ids, IReadOnlyCollection<string> judgeIds)
    {
        var cx = s.Context;
        var list = s.List("members", required: true);
        if (list is null)
        {
            return (null, []);
        }

        var members = new List<string>();
        var at = new List<SourceLocation>();
        var ok = true;
        for (var i = 0; i < list.Children.Count; i++)
        {
            var node = list.Children[i];
            var where = $"{s.Where("members")}[{i}]";
            var member = Scalars.Text(cx, node, where);
            if (member is null)
            {
                ok = false;
            }
            else if (members.Contains(member, StringComparer.Ordinal))
            {
                cx.Report(ManifestDiagnostics.BadValue, $"{where}: '{member}' is listed twice.", node);
                ok = false;
            }
            else if (!judgeIds.Contains(member))
            {
                var hint = ids.KindOf(member) == "ensemble"
                    ? " It is an ensemble; members must be judges."
                    : Suggestions.Hint(member, judgeIds, "Judges");
                cx.Report(ManifestDiagnostics.UnknownJudge, $"{where}: no judge has the id '{member}'.{hint}", node);
                ok = false;
            }
            else
            {
                members.Add(member);
                at.Add(cx.At(node));
            }
        }

        if (ok && members.Count < 2)
        {
            cx.Report(ManifestDiagnostics.BadValue, $"{s.Where("members")} must name at least 2 judges.", list);
            ok = false;
        }

        return (ok ? members : null, at);
    }
}
