namespace JudgeEval.Engine.Tests.Manifest;

/// <summary>Ids are unique and every reference (member, routing, endpoint) resolves.</summary>
public sealed class ReferenceTests : IDisposable
{
    const string TwoJudges = ManifestFolder.Minimal + "\n  - { id: b, model: m-b, judgments: { path: b.jsonl, format: jsonl } }\n";

    readonly ManifestFolder folder = new();

    [Fact]
    public void Duplicate_judge_id_points_at_the_second()
    {
        var d = folder.Error(ManifestFolder.Minimal + "\n  - { id: a, model: m-b, judgments: { path: b.jsonl, format: jsonl } }\n", "JE0010");

        At.Is(10, 11, d.Location);
        Assert.Contains("already used by the judge at line 7", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ensemble_may_not_reuse_a_judge_id() =>
        At.Is(12, 11, folder.Error(TwoJudges + "ensembles:\n  - { id: a, method: mean, members: [a, b] }\n", "JE0010").Location);

    [Fact]
    public void Duplicate_endpoint_id()
    {
        var d = folder.Error(
            ManifestFolder.Minimal + "\nendpoints:\n  - { id: e, baseUrl: \"http://x/v1\", apiKeyEnv: K }\n  - { id: e, baseUrl: \"http://y/v1\", apiKeyEnv: K }\n",
            "JE0010");

        At.Is(12, 11, d.Location);
    }

    [Fact]
    public void Invalid_id_characters() =>
        At.Is(7, 9, folder.Error(ManifestFolder.Minimal.Replace("id: a", "id: a b", StringComparison.Ordinal), "JE0011").Location);

    [Fact]
    public void Unknown_ensemble_member_suggests_a_judge()
    {
        var d = folder.Error(TwoJudges + "ensembles:\n  - id: ab\n    method: median\n    members: [a, bb]\n", "JE0012");

        At.Is(14, 18, d.Location);
        Assert.Contains("Did you mean 'b'?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ensemble_needs_two_distinct_members()
    {
        At.Is(12, 38, folder.Error(TwoJudges + "ensembles:\n  - { id: ab, method: mean, members: [a] }\n", "JE0009").Location);
        At.Is(12, 42, folder.Error(TwoJudges + "ensembles:\n  - { id: ab, method: mean, members: [a, a, b] }\n", "JE0009").Location);
    }

    [Fact]
    public void Routing_first_must_be_a_judge()
    {
        var d = folder.Error(TwoJudges + "ensembles:\n  - { id: ab, method: mean, members: [a, b] }\nrouting: { first: ab, ensemble: ab, band: [1, 2] }\n", "JE0012");

        At.Is(13, 19, d.Location);
        Assert.Contains("'ab' is an ensemble, not a judge", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Routing_ensemble_must_exist() =>
        At.Is(13, 32, folder.Error(TwoJudges + "ensembles:\n  - { id: ab, method: mean, members: [a, b] }\nrouting: { first: a, ensemble: abc, band: [1, 2] }\n", "JE0013").Location);

    [Fact]
    public void Judge_with_unknown_endpoint()
    {
        var d = folder.Error(
            ManifestFolder.Minimal + "\n  - { id: live, model: m, endpoint: opnai }\nendpoints:\n  - { id: openai, baseUrl: \"https://api.openai.com/v1\", apiKeyEnv: OPENAI_API_KEY }\n",
            "JE0014");

        At.Is(10, 37, d.Location);
        Assert.Contains("Did you mean 'openai'?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_with_neither_judgments_nor_endpoint()
    {
        var d = folder.Error(ManifestFolder.Minimal + "\n  - id: lonely\n    model: m\n", "JE0015");

        At.Is(10, 5, d.Location);
        Assert.Contains("'lonely'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_judgments_count_as_none() =>
        At.Is(10, 5, folder.Error(ManifestFolder.Minimal + "\n  - { id: b, model: m, judgments: null }\n", "JE0015").Location);

    [Fact]
    public void Live_options_need_an_endpoint() =>
        At.Is(10, 5, folder.Error(ManifestFolder.Minimal + "\n    samples: 3\n", "JE0021").Location);

    public void Dispose() => folder.Dispose();
}
