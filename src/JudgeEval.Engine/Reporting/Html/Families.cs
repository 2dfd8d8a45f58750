using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Reporting.Html;

/// <summary>
/// Judge families in order of first appearance, each with one of eight colour slots (Okabe-Ito, colour-blind safe;
/// the ninth family reuses the first slot, so the family name is always printed beside the colour).
/// </summary>
public sealed class Families
{
    public const string Unknown = "unknown family";

    readonly Dictionary<string, int> slots = new(StringComparer.Ordinal);

    public Families(IEnumerable<JudgeResult> judges)
    {
        foreach (var judge in judges)
        {
            var family = NameOf(judge);
            if (!slots.ContainsKey(family))
            {
                slots[family] = slots.Count;
            }
        }
    }

    public IReadOnlyList<string> Names => [.. slots.OrderBy(s => s.Value).Select(s => s.Key)];

    public static string NameOf(JudgeResult judge) => string.IsNullOrWhiteSpace(judge.Family) ? Unknown : judge.Family;

    /// <summary>A fixed CSS class name (never built from the family text).</summary>
    public string ColourClass(string family) => "fam" + (slots.TryGetValue(family, out var slot) ? slot % 8 : 0).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Judges grouped by family (families in order of first appearance), manifest order within a family.</summary>
    public IReadOnlyList<JudgeResult> Grouped(IEnumerable<JudgeResult> judges) =>
        [.. judges.Select((j, i) => (j, i)).OrderBy(x => slots.GetValueOrDefault(NameOf(x.j))).ThenBy(x => x.i).Select(x => x.j)];
}
