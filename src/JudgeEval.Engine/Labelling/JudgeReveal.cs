using System.Globalization;
using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Labelling;

/// <summary>Describes the judges' verdicts on one item for adjudication, with pairwise sides as this annotator saw them.</summary>
static class JudgeReveal
{
    public static JudgesView Describe(LabelWorkspace ws, int i, string? yourChoice)
    {
        var item = ws.Data.Items[i];
        var pairwise = ws.Data.Scale.Kind == TaskKind.Pairwise;
        var swapped = pairwise && PairOrders.For(ws.Seed, ws.Annotator, item.Id) == PairOrder.Swapped;
        var judges = ws.Data.Judges.Select(j =>
        {
            var spec = ws.Manifest.FindJudge(j.JudgeId);
            var verdict = pairwise ? Side(j, i, swapped) : Grade(j.Scores[i]);
            return new JudgeVerdictView(j.JudgeId, spec?.DisplayName ?? j.JudgeId, spec?.Model ?? "", verdict);
        }).ToList();
        return pairwise
            ? new JudgesView(item.Id, yourChoice, judges, null, swapped ? item.ModelB : item.Model, swapped ? item.Model : item.ModelB)
            : new JudgesView(item.Id, yourChoice, judges, item.Model, null, null);
    }

    static string Grade(double? score) => score is { } s ? s.ToString("0.###", CultureInfo.InvariantCulture) : "no verdict";

    /// <summary>The verdict of both orders, in sides; "tie (the orders disagree)" when the judge flipped with the order.</summary>
    static string Side(JudgeRatings judge, int i, bool swapped)
    {
        if (judge.Scores[i] is not { } score)
        {
            return "no verdict";
        }

        var flipped = judge.Original?[i] is { } a && judge.Swapped?[i] is { } b && a != b;
        return score switch
        {
            Preference.First => swapped ? LabelRubrics.Right : LabelRubrics.Left,
            Preference.Second => swapped ? LabelRubrics.Left : LabelRubrics.Right,
            _ => flipped ? "tie (the orders disagree)" : LabelRubrics.Tie,
        };
    }
}
