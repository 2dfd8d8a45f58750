using System.Globalization;
using System.Text;

namespace JudgeEval.TestSupport;

/// <summary>
/// A small pointwise eval the tests write: 60 items graded 0-3, one judge that agrees with the human label except on
/// every fifth item (one grade higher, capped at 3), so its kappa is high but below the manifest's kappaWarn of 0.99:
/// a warning, and an error once JudgeEvalKappaFail is raised to 0.99.
/// </summary>
public static class SmallEval
{
    public const string Manifest = """
        version: 1
        name: end-to-end small eval

        task:
          kind: pointwise
          scale: { min: 0, max: 3 }
          passThreshold: 2

        items:
          path: data/items.jsonl
          format: jsonl

        humanLabels:
          path: data/labels.jsonl
          format: jsonl
          labeledOn: 2026-11-01

        judges:
          - id: small
            model: google/gemma-4-26b
            judgments:
              path: data/judge.jsonl
              format: jsonl

        thresholds:
          kappaWarn: 0.99
          kappaFail: 0.10
          minCalibrationItems: 10
          maxLabelAgeDays: 100000

        bootstrap:
          resamples: 200
          seed: 7
        """;

    public const int Items = 60;

    public static void WriteTo(string dir)
    {
        File.WriteAllText(Path.Combine(dir, "judgeeval.yaml"), Manifest + "\n");
        var data = Directory.CreateDirectory(Path.Combine(dir, "data")).FullName;
        File.WriteAllText(Path.Combine(data, "items.jsonl"), Lines(i => $$"""{"id":"q{{i / 10}}/d{{i}}","queryId":"q{{i / 10}}","query":"question {{i / 10}}","text":"passage {{i}}"}"""));
        File.WriteAllText(Path.Combine(data, "labels.jsonl"), Labels(shift: 0));
        File.WriteAllText(Path.Combine(data, "judge.jsonl"), Lines(i => $$"""{"id":"q{{i / 10}}/d{{i}}","score":{{Judge(i)}}}"""));
    }

    /// <summary>Human labels; a shift changes some of them (an edit of the data that changes the result).</summary>
    public static string Labels(int shift) => Lines(i => $$"""{"id":"q{{i / 10}}/d{{i}}","label":{{(i % 7 == 0 ? (Human(i) + shift) % 4 : Human(i))}}}""");

    static int Human(int i) => i % 4;

    static int Judge(int i) => i % 5 == 0 ? Math.Min(3, Human(i) + 1) : Human(i);

    static string Lines(Func<int, string> line)
    {
        var text = new StringBuilder();
        for (var i = 0; i < Items; i++)
        {
            text.Append(line(i)).Append('\n');
        }

        return text.ToString();
    }

    public static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
}
