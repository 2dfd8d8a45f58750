using System.Globalization;
using System.Text;

namespace JudgeEval.TestSupport;

/// <summary>
/// The README's first eval as files: its manifest (the checked block) and 40 labelled items in the formats its comments
/// show, graded by the mini judge within one grade of the humans. Used where a test checks the README's output.
/// </summary>
public static class ReadmeEval
{
    public const int Items = 40;

    public static string Manifest => string.Join('\n', DocumentedOutput.Block("README.md", "readme-manifest")) + "\n";

    /// <summary>Writes judgeeval.yaml and eval/*.jsonl into <paramref name="dir"/>.</summary>
    public static void WriteTo(string dir, string? manifest = null)
    {
        Directory.CreateDirectory(Path.Combine(dir, "eval"));
        File.WriteAllText(Path.Combine(dir, "judgeeval.yaml"), manifest ?? Manifest);
        StringBuilder items = new(), labels = new(), mini = new();
        for (var i = 0; i < Items; i++)
        {
            var query = "q" + ((i / 4) + 1).ToString(CultureInfo.InvariantCulture);
            var id = query + "/d" + ((i % 4) + 4).ToString(CultureInfo.InvariantCulture);
            var label = (i * 7) % 4;
            var score = Math.Clamp(label + ((i % 5) - 2) / 2, 0, 3);
            items.Append(CultureInfo.InvariantCulture, $"{{\"id\": \"{id}\", \"queryId\": \"{query}\", \"query\": \"question {query}\", \"text\": \"passage {i}\"}}\n");
            labels.Append(CultureInfo.InvariantCulture, $"{{\"id\": \"{id}\", \"label\": {label}}}\n");
            mini.Append(CultureInfo.InvariantCulture, $"{{\"id\": \"{id}\", \"score\": {score}}}\n");
        }

        File.WriteAllText(Path.Combine(dir, "eval", "items.jsonl"), items.ToString());
        File.WriteAllText(Path.Combine(dir, "eval", "labels.jsonl"), labels.ToString());
        File.WriteAllText(Path.Combine(dir, "eval", "mini.jsonl"), mini.ToString());
    }
}
