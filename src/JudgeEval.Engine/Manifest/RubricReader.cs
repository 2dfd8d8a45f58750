using System.Globalization;
using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Manifest;

/// <summary>Reads `task.rubric`: `instructions` text and, pointwise, `grades` keyed by the scale's grades.</summary>
internal static class RubricReader
{
    public static RubricSpec? Read(Section task, Scale scale)
    {
        var rubric = task.Sub("rubric", ["instructions", "grades"]);
        if (rubric is null)
        {
            return null;
        }

        var grades = new Dictionary<int, string>();
        if (scale.Kind == TaskKind.Pairwise)
        {
            if (rubric.Has("grades"))
            {
                task.Context.Report(ManifestDiagnostics.Inconsistent, "task.rubric.grades applies to pointwise tasks only; a pairwise labeller picks the first output, the second or a tie.", rubric.KeyAt("grades"));
            }
        }
        else if (rubric.Sub("grades", [.. scale.Categories.Select(Name)]) is { } section)
        {
            foreach (var key in section.Keys)
            {
                if (section.Text(key) is { } text)
                {
                    grades[int.Parse(key, CultureInfo.InvariantCulture)] = text;
                }
            }
        }

        return new RubricSpec { Instructions = rubric.Text("instructions"), Grades = grades, At = rubric.At };
    }

    static string Name(double grade) => ((int)grade).ToString(CultureInfo.InvariantCulture);
}
