using JudgeEval.Engine.Statistics.Ensembles;
using JudgeEval.Engine.Statistics.Agreement;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Manifest;

namespace JudgeEval.Engine.Tests.Manifest;

/// <summary>Every section written out: values, resolved paths and locations come back as written.</summary>
public sealed class FullManifestTests : IDisposable
{
    // Line numbers below are those of this text (1-based); columns count from the first character of the line.
    internal const string Yaml = """
        version: 1
        name: Full example
        product:
          model: acme-bot
          purpose: safety
        task:
          kind: pointwise
          scale: { min: 0, max: 3 }
          passThreshold: 2
          weighting: custom
          weights:
            - [1, 0.5, 0, 0]
            - [0.5, 1, 0.5, 0]
            - [0, 0.5, 1, 0.5]
            - [0, 0, 0.5, 1]
          retrieval: { k: 8, precisionAt: 3, ideal: qrels }
        items:
          - { path: items.jsonl, format: jsonl }
          - { path: data/more.csv, format: csv, delimiter: ";" }
        humanLabels:
          path: qrels.txt
          format: trec-qrels
          labeledOn: 2026-09-30
        judges:
          - id: opus
            model: anthropic/claude-opus-4.7
            name: Claude Opus
            judgments: { path: judges.json, format: rag-eval-external, key: "Claude Opus 4.7 (OpenRouter)" }
          - id: gemma
            model: google/gemma-4-26b
            judgments: { path: a.jsonl, format: jsonl, key: gemma }
          - id: live4o
            model: openai/gpt-4o
            endpoint: local
            prompt: prompt.txt
            samples: 3
            temperature: 0.2
            seed: 7
            record: out/live4o.jsonl
        ensembles:
          - id: trio
            method: median
            members: [opus, gemma, live4o]
            evenMedian: upper
        thresholds:
          kappaWarn: 0.8
          kappaFail: 0.5
          gateOnLowerBound: true
          minCalibrationItems: 100
          productScoreMin: 0.7
        bootstrap: { resamples: 500, seed: 42, unit: cluster }
        models:
          - id: acme-bot
            provider: acme
            family: llama
            fineTunedFrom: llama-3.1-8b-instruct
            distilledFrom: [gpt-4o, claude-3-opus]
            aliases: [acme/bot-v2]
        aliases:
          my-deployment: gpt-4o
        review: { top: 5 }
        routing:
          first: gemma
          ensemble: trio
          band: [1, 2]
          tokensPerCall: { input: 800, output: 20 }
        prices:
          google/gemma-4-26b: { input: 0.1, output: 0.3 }
          anthropic/claude-opus-4.7: { input: 15, output: 75 }
          openai/gpt-4o: { perCall: 0.002 }
        endpoints:
          - id: local
            baseUrl: http://127.0.0.1:5099/v1
            apiKeyEnv: JUDGEEVAL_TEST_KEY
            organization: null
            headers: { X-Title: judgeeval }
            concurrency: 2
            requestsPerMinute: 60
            tokensPerMinute: 100000
            timeoutSeconds: 30
            maxRequests: 1000
            maxCost: 2.5
            prices:
              openai/gpt-4o: { input: 2.5, output: 10 }
        cache:
          path: .cache
          offline: true
        """;

    readonly ManifestFolder folder = new();
    readonly EvalManifest m;

    public FullManifestTests()
    {
        folder.Write("data/more.csv", "id\n");
        var result = folder.Parse(Yaml);
        Assert.True(result.Diagnostics.Count == 0, string.Join(" | ", result.Diagnostics.Select(d => d.ToCanonicalString())));
        m = result.Manifest!;
    }

    [Fact]
    public void Top_level_values_and_the_manifest_folder()
    {
        Assert.Equal((1, "Full example", folder.ManifestPath, folder.Dir), (m.Version, m.Name, m.Path, m.Directory));
        At.Is(1, 1, m.At);
        Assert.Equal(("acme-bot", EvalPurpose.Safety), (m.Product!.Model, m.Product.Purpose));
        At.Is(4, 10, m.Product.ModelAt);
    }

    [Fact]
    public void Task_with_custom_weights_and_retrieval()
    {
        var t = m.Task;
        Assert.Equal((TaskKind.Pointwise, 0d, 3d, 2d, KappaWeighting.Custom), (t.Kind, t.Scale.Min, t.Scale.Max, t.PassThreshold, t.Weighting));
        Assert.Equal([0.5, 1, 0.5, 0], t.Weights![1]);
        Assert.Equal((8, 3, IdealRanking.Qrels), (t.Retrieval!.K, t.Retrieval.PrecisionAt, t.Retrieval.Ideal));
        At.Is(6, 1, t.At);
        At.Is(9, 18, t.PassThresholdAt);
        At.Is(10, 14, t.WeightingAt);
    }

    [Fact]
    public void Sources_resolve_paths_and_keep_options_as_written()
    {
        Assert.Equal([folder.Full("items.jsonl"), folder.Full("data/more.csv")], m.Items.Select(s => s.Path));
        Assert.Equal((";", folder.Dir), (m.Items[1].Option("delimiter"), m.Items[1].BaseDirectory));
        At.Is(19, 5, m.Items[1].DeclaredAt);
        At.Is(17, 1, m.ItemsAt);
        var labels = Assert.Single(m.HumanLabels);
        Assert.Equal(("trec-qrels", new DateOnly(2026, 9, 30)), (labels.Format, m.LabeledOn!.Value));
        At.Is(23, 14, m.LabeledOnAt);
        Assert.False(labels.Options.ContainsKey("labeledOn"));
        var opus = m.Judges[0].Judgments!;
        Assert.Equal("Claude Opus 4.7 (OpenRouter)", opus.Option("key"));
        At.Is(28, 69, opus.OptionAt("key"));
    }

    [Fact]
    public void Judges_recorded_and_live()
    {
        Assert.Equal(["opus", "gemma", "live4o"], m.Judges.Select(j => j.Id));
        var opus = m.Judges[0];
        Assert.Equal(("anthropic/claude-opus-4.7", "Claude Opus"), (opus.Model, opus.DisplayName));
        At.Is(25, 5, opus.At);
        At.Is(25, 9, opus.IdAt);
        At.Is(26, 12, opus.ModelAt);
        Assert.Equal((28, 100), (opus.At.EndLine, opus.At.EndColumn));
        var live = m.Judges[2].Live!;
        Assert.Null(m.Judges[2].Judgments);
        Assert.Equal(("local", folder.Full("prompt.txt"), 3, 0.2, 7), (live.Endpoint, live.Prompt, live.Samples, live.Temperature, live.Seed!.Value));
        Assert.Equal(folder.Full("out/live4o.jsonl"), live.Record);
    }

    [Fact]
    public void Ensembles_routing_and_prices()
    {
        var e = Assert.Single(m.Ensembles);
        Assert.Equal(("trio", EnsembleMethod.Median, EvenMedianRule.Upper), (e.Id, e.Method, e.EvenMedian));
        Assert.Equal(["opus", "gemma", "live4o"], e.Members);
        At.Is(43, 21, e.MemberAt[1]);
        var r = m.Routing!;
        Assert.Equal(("gemma", "trio", 1d, 2d, 800, 20), (r.First, r.Ensemble, r.BandLow, r.BandHigh, r.InputTokens, r.OutputTokens));
        At.Is(63, 10, r.FirstAt);
        Assert.Equal((0.1, 0.3, (double?)null), (m.Prices["google/gemma-4-26b"].Input, m.Prices["google/gemma-4-26b"].Output, m.Prices["google/gemma-4-26b"].PerCall));
        Assert.Equal(0.002, m.Prices["openai/gpt-4o"].PerCall);

        // 800 input tokens at 15/M plus 20 output tokens at 75/M: 0.012 + 0.0015.
        Assert.Equal(0.0135, m.Prices["anthropic/claude-opus-4.7"].CostOf(800, 20), 12);
    }

    [Fact]
    public void Thresholds_set_and_defaulted()
    {
        var t = m.Thresholds;
        Assert.Equal((0.8, true), (t.Get(ThresholdTable.KappaWarn).Value, t.Get(ThresholdTable.KappaWarn).IsSet));
        At.Is(46, 14, t.Get(ThresholdTable.KappaWarn).At);
        Assert.Equal((0.85, false), (t.Get(ThresholdTable.F1Min).Value, t.Get(ThresholdTable.F1Min).IsSet));
        At.Is(45, 1, t.Get(ThresholdTable.F1Min).At);
        Assert.Equal((100d, 0.7, true), (t.Get(ThresholdTable.MinCalibrationItems).Value, t.Optional(ThresholdTable.ProductScoreMin)!.Value, t.IsOn(ThresholdTable.GateOnLowerBound)));
        At.Is(48, 21, t.Get(ThresholdTable.GateOnLowerBound).At);
    }

    [Fact]
    public void Catalog_endpoint_cache_and_referenced_files()
    {
        Assert.Equal((500, 42, BootstrapUnit.Cluster), (m.Bootstrap.Resamples, m.Bootstrap.Seed, m.Bootstrap.Unit));
        var model = Assert.Single(m.Models);
        Assert.Equal(("acme", "llama", "llama-3.1-8b-instruct"), (model.Provider, model.Family, Assert.Single(model.FineTunedFrom)));
        Assert.Equal(["gpt-4o", "claude-3-opus"], model.DistilledFrom);
        Assert.Equal("gpt-4o", m.Aliases["my-deployment"]);
        Assert.Equal(5, m.Review.Top);
        var ep = Assert.Single(m.Endpoints);
        Assert.Equal(("http://127.0.0.1:5099/v1", "JUDGEEVAL_TEST_KEY", (string?)null, 2, 60, 30d, 2.5), (ep.BaseUrl, ep.ApiKeyEnv, ep.Organization, ep.Concurrency, ep.RequestsPerMinute!.Value, ep.TimeoutSeconds, ep.MaxCost!.Value));
        Assert.Equal("judgeeval", ep.Headers["X-Title"]);
        At.Is(74, 16, ep.ApiKeyEnvAt);
        Assert.Equal(10, ep.Prices["openai/gpt-4o"].Output);
        Assert.Equal((folder.Full(".cache"), true), (m.Cache.Path, m.Cache.Offline!.Value));
        Assert.Equal(
            new[] { "items.jsonl", "data/more.csv", "qrels.txt", "judges.json", "a.jsonl", "prompt.txt" }.Select(folder.Full),
            m.ReferencedFiles);
    }

    public void Dispose() => folder.Dispose();
}
