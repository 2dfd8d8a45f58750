using JudgeEval.Engine.Cli;
using JudgeEval.Engine.Pipeline;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Tests.Samples;

/// <summary>
/// Whole runs (manifest → import → audit) on other eval tools' real output files (samples/data/peers): the judges of
/// an MEAI result store, a promptfoo results file and an Inspect log, audited without changing tools.
/// </summary>
public sealed class PeerRunTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("judgeeval-peers-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    static string Peer(params string[] parts) => SampleRuns.DataPath(["peers", .. parts]);

    [Fact]
    public void An_meai_store_audits_its_relevance_grader_against_human_labels()
    {
        // Human labels for the 12 responses (invented for the test; the store has none).
        File.WriteAllText(Path.Combine(folder, "labels.jsonl"), string.Join('\n',
            "Returns.Window/1:5 Returns.Window/2:2 Returns.Label/1:5 Returns.Label/2:1 Shipping.Express/1:4 Shipping.Express/2:2 Account.Password/1:4 Account.Password/2:1 Payments.Split/1:4 Payments.Split/2:2 Sizing.Guide/1:4 Sizing.Guide/2:1"
                .Split(' ').Select(p => p.Split(':')).Select(p => $$"""{"id": "{{p[0]}}", "label": {{p[1]}}}""")));
        var outcome = Run($"""
            version: 1
            product: {"{"} model: gpt-4o-mini {"}"}
            task: {"{"} kind: pointwise, scale: {"{"} min: 1, max: 5 {"}"}, passThreshold: 4 {"}"}
            items: {"{"} path: "{Peer("meai", "store")}", format: meai {"}"}
            humanLabels: {"{"} path: labels.jsonl, format: jsonl, labeledOn: 2026-09-01 {"}"}
            judges:
              - id: relevance
                model: gpt-4o
                judgments: {"{"} path: "{Peer("meai", "store")}", format: meai, metric: Relevance, key: gpt-4o-2024-08-06 {"}"}
            """);

        var judge = outcome.Results!.Judge("relevance")!;
        Assert.Equal((12, 11), (judge.Items, judge.Valid));
        Assert.Equal(new Dictionary<string, int> { ["evaluator error"] = 1 }, judge.Missing);
        Assert.Equal(11, judge.VsHuman!.N);
        Assert.Equal(ProductRelation.SameFamily, outcome.Results.Independence!.Judges.Single().Relation);
        Assert.Contains(outcome.Diagnostics, d => d.Code == "JE1001");
    }

    [Fact]
    public void A_promptfoo_file_gives_two_graders_whose_agreement_is_measured()
    {
        var results = Peer("promptfoo", "results.json");
        var outcome = Run($"""
            version: 1
            task: {"{"} kind: pointwise, scale: {"{"} min: 0, max: 1 {"}"} {"}"}
            items: {"{"} path: "{results}", format: promptfoo {"}"}
            judges:
              - id: gpt4o
                model: gpt-4o
                judgments: {"{"} path: "{results}", format: promptfoo, metric: helpfulness, key: "openai:chat:gpt-4o" {"}"}
              - id: mistral
                model: mistral-large
                judgments: {"{"} path: "{results}", format: promptfoo, key: "openai:chat:mistral-large-2411" {"}"}
            """);

        var gpt4o = outcome.Results!.Judge("gpt4o")!;
        Assert.Equal((12, 11), (gpt4o.Items, gpt4o.Valid));
        Assert.Equal(new Dictionary<string, int> { ["grader error"] = 1 }, gpt4o.Missing);
        Assert.Equal(12, outcome.Results.Judge("mistral")!.Valid);
        // python3 on the file: 11 outputs both graded; agree on 10, gpt-4o passes 10, mistral 9 → kappa (10/11 − 92/121) / (1 − 92/121) = 18/29.
        var pair = Assert.Single(outcome.Results.Agreement);
        Assert.Equal(11, pair.N);
        Assert.Equal(18.0 / 29, pair.Kappa, 12);
    }

    [Fact]
    public void An_inspect_log_whose_grader_is_the_model_under_test_fails_the_independence_audit()
    {
        var log = Peer("inspect", "2025-05-12T20-28-26-04-00_security-guide.json");
        var outcome = Run($"""
            version: 1
            product: {"{"} model: openai/gpt-4o-mini {"}"}
            task: {"{"} kind: pointwise, scale: {"{"} min: 0, max: 1 {"}"} {"}"}
            items: {"{"} path: "{log}", format: inspect {"}"}
            judges:
              - id: fact
                model: openai/gpt-4o-mini
                judgments: {"{"} path: "{log}", format: inspect {"}"}
            """);

        Assert.Equal((3, 3), (outcome.Results!.Judge("fact")!.Items, outcome.Results.Judge("fact")!.Valid));
        Assert.Equal(ProductRelation.SameModel, outcome.Results.Independence!.Judges.Single().Relation);
        Assert.Contains(outcome.Diagnostics, d => d.Code == "JE1002");
    }

    RunOutcome Run(string manifest)
    {
        var path = Path.Combine(folder, "judgeeval.yaml");
        File.WriteAllText(path, manifest + "\n");
        var outcome = EvalRunner.Run(new RunArguments { Manifest = path }, SampleRuns.Today);
        Assert.True(outcome.Results is not null, string.Join('\n', outcome.Diagnostics.Select(d => d.ToCanonicalString())));
        Assert.DoesNotContain(outcome.Diagnostics, d => d.IsInputError);
        return outcome;
    }
}
