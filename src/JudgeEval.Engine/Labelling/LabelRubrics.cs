using System.Globalization;
using System.Text.RegularExpressions;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Judging;
using JudgeEval.Engine.Manifest;

namespace JudgeEval.Engine.Labelling;

/// <summary>
/// The rubric a labeller sees: the manifest's `task.rubric` when it has one, else the instructions of the first live
/// judge's prompt (the text before the item, with the scale filled in, and "- 0: ..." lines as grade descriptions), so
/// humans answer the question the judges were asked. Without either, the grades stand alone.
/// </summary>
public static partial class LabelRubrics
{
    public const string Left = "left";
    public const string Right = "right";
    public const string Tie = "tie";

    /// <summary>Marks where the item would go in a prompt; the instructions are the text above it.</summary>
    const string ItemMark = "\u0001judgeeval-item\u0001";

    public static LabelRubric For(EvalManifest manifest)
    {
        var scale = manifest.Task.Scale;
        var text = manifest.Task.Rubric is { } rubric
            ? new RubricText(rubric.Instructions, rubric.Grades, "task.rubric")
            : FromPrompt(manifest) ?? new RubricText(null, new Dictionary<int, string>(), null);
        var choices = scale.Kind == TaskKind.Pairwise ? PairChoices() : GradeChoices(scale, text.Grades);
        return new LabelRubric(text.Instructions, choices, text.Source);
    }

    static List<LabelChoice> PairChoices() =>
    [
        new(Left, "Left is better", "1", null),
        new(Tie, "Tie", "t", null),
        new(Right, "Right is better", "2", null),
    ];

    /// <summary>Digit keys: the grade itself on a 0-9 scale, else by position (1-9, then 0) up to ten grades; more get none.</summary>
    static List<LabelChoice> GradeChoices(Scale scale, IReadOnlyDictionary<int, string> descriptions)
    {
        var grades = scale.Categories.Select(g => (int)g).ToList();
        var digits = grades.All(g => g is >= 0 and <= 9);
        return [.. grades.Select((grade, position) =>
        {
            var name = grade.ToString(CultureInfo.InvariantCulture);
            var key = digits ? name : grades.Count <= 10 ? ((position + 1) % 10).ToString(CultureInfo.InvariantCulture) : null;
            return new LabelChoice(name, name, key, descriptions.GetValueOrDefault(grade));
        })];
    }

    static RubricText? FromPrompt(EvalManifest manifest)
    {
        if (manifest.Judges.FirstOrDefault(j => j.Live is not null) is not { Live: { } live } judge)
        {
            return null;
        }

        var scale = manifest.Task.Scale;
        var template = PromptTemplate.Load(live.Prompt, manifest.Directory, scale.Kind, live.At, new List<Diagnostic>());
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["query"] = ItemMark,
            ["text"] = ItemMark,
            ["textA"] = ItemMark,
            ["textB"] = ItemMark,
            ["scaleMin"] = scale.Min.ToString(CultureInfo.InvariantCulture),
            ["scaleMax"] = scale.Max.ToString(CultureInfo.InvariantCulture),
        };
        if (template?.Render(values, out _)?.LastOrDefault(t => t.Role == "user") is not { } user)
        {
            return null;
        }

        var mark = user.Content.IndexOf(ItemMark, StringComparison.Ordinal);
        var above = mark < 0 ? user.Content : user.Content[..(user.Content.LastIndexOf('\n', Math.Max(mark - 1, 0)) + 1)];
        var instructions = above.Trim();
        if (instructions.Length == 0)
        {
            return null;
        }

        var grades = new Dictionary<int, string>();
        foreach (Match line in GradeLine().Matches(instructions))
        {
            if (int.TryParse(line.Groups[1].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var grade) && scale.Contains(grade))
            {
                grades.TryAdd(grade, line.Groups[2].Value.Trim());
            }
        }

        return new RubricText(instructions, grades, $"the prompt of judge '{judge.Id}'");
    }

    sealed record RubricText(string? Instructions, IReadOnlyDictionary<int, string> Grades, string? Source);

    [GeneratedRegex(@"^\s*[-*]\s*(-?\d+)\s*:\s*(.+)$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex GradeLine();
}
