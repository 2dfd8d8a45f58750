using System.Globalization;
using System.Text;
using JudgeEval.Engine.Cli;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Pipeline;

namespace JudgeEval.Engine.Tests.Audit;

/// <summary>A small eval in a temp folder: jsonl data files written by the test beside a manifest, run end to end.</summary>
sealed class AuditCase : IDisposable
{
    public static readonly DateOnly Today = new(2026, 12, 1);

    public AuditCase()
    {
        Dir = Path.Combine(Path.GetTempPath(), "judgeeval-audit-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Dir);
    }

    public string Dir { get; }

    public string ManifestPath => Path.Combine(Dir, "judgeeval.yaml");

    public RunOutcome Outcome { get; private set; } = null!;

    public string Write(string relative, string content)
    {
        var path = Path.Combine(Dir, relative);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Writes the manifest and runs it; the input must be usable.</summary>
    public RunOutcome Run(string yaml, DateOnly? today = null, string? baseline = null)
    {
        Write("judgeeval.yaml", yaml);
        Outcome = EvalRunner.Run(new RunArguments { Manifest = ManifestPath, Baseline = baseline }, today ?? Today);
        Assert.True(Outcome.Results is not null, string.Join(" | ", Outcome.Diagnostics.Select(d => d.ToCanonicalString())));
        return Outcome;
    }

    public IEnumerable<Diagnostic> All(string code) => Outcome.Diagnostics.Where(d => d.Code == code);

    public bool Has(string code) => All(code).Any();

    /// <summary>The single finding of that code (about that judge/ensemble when given), located at <paramref name="line"/> of the manifest.</summary>
    public Diagnostic Single(string code, int line, string? about = null)
    {
        var found = All(code).Where(d => about is null || d.Message.Contains($"'{about}'", StringComparison.Ordinal)).ToList();
        Assert.True(found.Count == 1, $"expected one {code}, got: " + string.Join(" | ", Outcome.Diagnostics.Select(d => d.ToCanonicalString())));
        ManifestText.AssertAt(found[0], ManifestPath, line);
        return found[0];
    }

    public int Line(string text, string? anchor = null) => ManifestText.Line(ManifestPath, text, anchor);

    public void Dispose() => Directory.Delete(Dir, recursive: true);

    // ---- data files

    /// <summary>Items i0..i(n-1); <paramref name="model"/> gives the producer of item i (none when null).</summary>
    public void Items(int n, Func<int, string?>? model = null, string file = "items.jsonl") =>
        Write(file, Lines(n, i => model?.Invoke(i) is { } m ? $"{{\"id\": \"i{i}\", \"text\": \"t{i}\", \"model\": \"{m}\"}}" : $"{{\"id\": \"i{i}\", \"text\": \"t{i}\"}}"));

    /// <summary>Pairwise items with the producers of output 1 and output 2.</summary>
    public void Pairs(int n, Func<int, (string A, string B)> models, string file = "items.jsonl") =>
        Write(file, Lines(n, i => $"{{\"id\": \"i{i}\", \"text\": \"a{i}\", \"textB\": \"b{i}\", \"model\": \"{models(i).A}\", \"modelB\": \"{models(i).B}\"}}"));

    public void Labels(IReadOnlyList<double> labels, string file = "labels.jsonl") =>
        Write(file, Lines(labels.Count, i => $"{{\"id\": \"i{i}\", \"label\": {N(labels[i])}}}"));

    /// <summary>Pointwise judgments; null is a missing verdict ("score": null).</summary>
    public void Scores(string file, IReadOnlyList<double?> scores) =>
        Write(file, Lines(scores.Count, i => $"{{\"id\": \"i{i}\", \"score\": {(scores[i] is { } s ? N(s) : "null")}}}"));

    /// <summary>Pairwise judgments in both orders, verdicts in the original numbering (1 = output 1 wins, 2 = output 2).</summary>
    public void Verdicts(string file, IReadOnlyList<double> original, IReadOnlyList<double> swapped) =>
        Write(file, Lines(original.Count, i =>
            $"{{\"id\": \"i{i}\", \"verdict\": {N(original[i])}, \"order\": \"original\"}}\n{{\"id\": \"i{i}\", \"verdict\": {N(swapped[i])}, \"order\": \"swapped\"}}"));

    static string Lines(int n, Func<int, string> line)
    {
        var text = new StringBuilder();
        for (var i = 0; i < n; i++)
        {
            text.Append(line(i)).Append('\n');
        }

        return text.ToString();
    }

    static string N(double v) => v.ToString(CultureInfo.InvariantCulture);
}
