namespace JudgeEval.Engine.Tests.Audit;

/// <summary>The shared 40-item 0-3 layout of the panel tests: labels 0,1,2,3 repeating, and judges derived from them.</summary>
static class PointwiseCase
{
    public static readonly double[] Labels = [.. Enumerable.Range(0, 40).Select(i => (double)(i % 4))];

    public static double?[] Perfect => [.. Labels.Select(l => (double?)l)];

    /// <summary>The labels with the first <paramref name="m"/> items of grade 0 or 1 raised by two.</summary>
    public static double?[] RaisedByTwo(int m)
    {
        var scores = Perfect;
        for (int i = 0, moved = 0; i < scores.Length && moved < m; i++)
        {
            if (Labels[i] <= 1)
            {
                scores[i] += 2;
                moved++;
            }
        }

        return scores;
    }

    /// <summary>A pointwise manifest over items.jsonl and labels.jsonl with judges (id, model) reading id.jsonl.</summary>
    public static string Manifest(string extra, params (string Id, string Model)[] judges) => $$"""
        version: 1
        task:
          kind: pointwise
          scale: { min: 0, max: 3 }
          passThreshold: 2
        items: { path: items.jsonl, format: jsonl }
        humanLabels: { path: labels.jsonl, format: jsonl }
        judges:
        {{string.Join("\n", judges.Select(j => $"  - id: {j.Id}\n    model: {j.Model}\n    judgments: {{ path: {j.Id}.jsonl, format: jsonl }}"))}}
        {{extra}}
        """;

    public static AuditCase Start()
    {
        var c = new AuditCase();
        c.Items(40);
        c.Labels(Labels);
        return c;
    }
}
