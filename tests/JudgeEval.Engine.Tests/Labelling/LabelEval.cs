using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace JudgeEval.Engine.Tests.Labelling;

/// <summary>
/// A temp folder with a small eval to label: items with query and text, three judges whose grades disagree by item,
/// and a manifest. Pointwise 0-3 by default; pairwise items carry text and textB and judges judge both orders.
/// </summary>
public sealed class LabelEval : IDisposable
{
    public LabelEval(int items = 12, bool pairwise = false, Func<int, string>? text = null, string extra = "", string? rubric = null)
    {
        Pairwise = pairwise;
        Count = items;
        var rows = new StringBuilder();
        var judges = new[] { new StringBuilder(), new StringBuilder(), new StringBuilder() };
        for (var i = 0; i < items; i++)
        {
            var item = new JsonObject { ["id"] = Id(i), ["queryId"] = "q" + (i % 3).ToString(CultureInfo.InvariantCulture), ["query"] = $"question {i}" };
            if (pairwise)
            {
                item["text"] = text?.Invoke(i) ?? $"first answer {i}";
                item["textB"] = $"second answer {i}";
                item["model"] = "gpt-4o";
                item["modelB"] = "claude-3-5-sonnet";
            }
            else
            {
                item["text"] = text?.Invoke(i) ?? $"passage {i}";
            }

            rows.AppendLine(item.ToJsonString());
            for (var j = 0; j < judges.Length; j++)
            {
                if (pairwise)
                {
                    judges[j].AppendLine(new JsonObject { ["id"] = Id(i), ["verdict"] = Verdict(i, j), ["order"] = "original" }.ToJsonString());
                    judges[j].AppendLine(new JsonObject { ["id"] = Id(i), ["verdict"] = Verdict(i + j, j), ["order"] = "swapped" }.ToJsonString());
                }
                else
                {
                    judges[j].AppendLine(new JsonObject { ["id"] = Id(i), ["score"] = Grade(i, j) }.ToJsonString());
                }
            }
        }

        Write("items.jsonl", rows.ToString());
        for (var j = 0; j < judges.Length; j++)
        {
            Write($"j{j}.jsonl", judges[j].ToString());
        }

        var task = pairwise ? "  kind: pairwise" : "  kind: pointwise\n  scale: { min: 0, max: 3 }";
        Write("judgeeval.yaml", $$"""
            version: 1
            name: Label fixture
            task:
            {{task}}
            {{rubric ?? ""}}
            items: { path: items.jsonl, format: jsonl }
            judges:
              - { id: opus, model: anthropic/claude-opus-4.7, judgments: { path: j0.jsonl, format: jsonl } }
              - { id: gpt4o, model: openai/gpt-4o, judgments: { path: j1.jsonl, format: jsonl } }
              - { id: gemma, model: google/gemma-4-26b, judgments: { path: j2.jsonl, format: jsonl } }
            {{extra}}
            """);
    }

    public string Folder { get; } = Directory.CreateTempSubdirectory("judgeeval-label-").FullName;

    public bool Pairwise { get; }

    public int Count { get; }

    public string Manifest => Path.Combine(Folder, "judgeeval.yaml");

    public string LabelsFile(string annotator) => Path.Combine(Folder, $"labels.{annotator}.jsonl");

    public static string Id(int i) => "item-" + i.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>Judge j's grade of item i: all grades occur; judge 2 is one off on every third item, judge 1 two off on every fifth.</summary>
    public static int Grade(int i, int j) => j switch
    {
        2 when i % 3 == 0 => (i + 1) % 4,
        1 when i % 5 == 0 => (i + 2) % 4,
        _ => i % 4,
    };

    static string Verdict(int i, int j) => ((i + j) % 3) switch
    {
        0 => "first",
        1 => "second",
        _ => "tie",
    };

    public string Write(string relative, string content)
    {
        var path = Path.Combine(Folder, relative);
        File.WriteAllText(path, content);
        return path;
    }

    public string Text(string relative) => File.ReadAllText(Path.Combine(Folder, relative));

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
