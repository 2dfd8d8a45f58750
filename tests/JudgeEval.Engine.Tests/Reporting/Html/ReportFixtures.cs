using JudgeEval.Engine.Analysis;
using JudgeEval.Engine.Reporting.Html;
using JudgeEval.Engine.Results;
using JudgeEval.Engine.Statistics.Ensembles;
using JudgeEval.Engine.Statistics.Agreement;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Tests.Reporting.Html;

/// <summary>
/// Hand-made results shaped like the real runs. Sources: coverage (valid/missing) is TREC RAG 2024's per_judge_metadata;
/// retrieval metrics are the within-corpus aggregates and the inter-judge kappas the published 9×9 matrix, both from
/// Sukul, "Cross-Family LLM-Judge Agreement for Institutional RAG" (CC-BY-4.0, ../shared/data/rag-eval-llm-judge);
/// position bias and accuracies are LLMBar's MT-Bench statistics.json (MIT). Kappas against humans, CIs, self-preference
/// and routing are illustrative values, not measurements.
/// </summary>
static class ReportFixtures
{
    public static readonly DateTimeOffset FixedTime = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    public const string Root = "/repo";

    public static HtmlReportOptions Options { get; } = new() { GeneratedAt = FixedTime, SourceRoot = Root, BaseDirectory = Root };

    static readonly (string Id, string Model, string Family, string Provider, int Valid, double Kappa, double Lo, double Hi, double Bias, double Ndcg, double P5, double Mrr, double Mean)[] Rag =
    [
        ("opus", "anthropic/claude-opus-4.7", "Anthropic", "Anthropic", 537, 0.58, 0.52, 0.64, -0.21, 0.7487, 0.3719, 0.5360, 1.0912),
        ("sonnet", "anthropic/claude-sonnet-4.6", "Anthropic", "Anthropic", 537, 0.61, 0.55, 0.66, 0.03, 0.8621, 0.6491, 0.8260, 1.6807),
        ("gpt55", "openai/gpt-5.5", "OpenAI", "OpenAI", 537, 0.63, 0.58, 0.68, 0.22, 0.8464, 0.6000, 0.7924, 1.6298),
        ("gpt4o", "openai/gpt-4o", "OpenAI", "OpenAI", 537, 0.55, 0.49, 0.61, -0.33, 0.8027, 0.3614, 0.5753, 1.1456),
        ("gemini31", "google/gemini-3.1-pro-preview", "Google", "Google", 127, 0.41, 0.27, 0.54, -0.47, 0.4542, 0.1579, 0.3149, 0.3702),
        ("gemini25", "google/gemini-2.5-pro", "Google", "Google", 92, 0.66, 0.53, 0.77, 0.12, 0.6239, 0.2807, 0.4859, 0.7561),
        ("deepseek", "deepseek/deepseek-v4-pro", "DeepSeek", "DeepSeek", 212, 0.57, 0.47, 0.66, -0.09, 0.8349, 0.7018, 0.8830, 1.6281),
        ("qwen", "qwen/qwen-3.6-plus", "Qwen", "Alibaba", 537, 0.52, 0.46, 0.58, -0.37, 0.7575, 0.3789, 0.5986, 1.1754),
        ("gemma", "google/gemma-4-26b", "Gemma", "Google", 537, 0.50, 0.44, 0.56, -0.40, 0.7529, 0.3754, 0.5726, 1.1140),
    ];

    // figures/kappa_matrix_9judge.txt, upper triangle, rows/columns in the order of Rag above.
    static readonly double[][] PublishedKappa =
    [
        [0.71, 0.71, 0.73, 0.72, 0.73, 0.64, 0.75, 0.74],
        [0.79, 0.62, 0.56, 0.77, 0.76, 0.66, 0.62],
        [0.63, 0.61, 0.78, 0.69, 0.69, 0.63],
        [0.72, 0.68, 0.65, 0.73, 0.77],
        [0.67, 0.57, 0.77, 0.76],
        [0.75, 0.73, 0.73],
        [0.66, 0.63],
        [0.80],
    ];

    public static EvalResults Pointwise9()
    {
        var judges = Rag.Select(j => new JudgeResult
        {
            Id = j.Id,
            Model = j.Model,
            ResolvedModel = j.Model,
            Family = j.Family,
            Provider = j.Provider,
            Items = 537,
            Valid = j.Valid,
            Coverage = j.Valid / 537.0,
            Missing = j.Valid < 537 ? new() { ["null in source"] = 537 - j.Valid } : [],
            VsHuman = new HumanAgreement
            {
                N = j.Valid, Kappa = j.Kappa, KappaCi95 = new(j.Lo, j.Hi), Weighting = KappaWeighting.Quadratic, Band = LandisKoch.Band(j.Kappa),
                Spearman = j.Kappa + 0.04, Pearson = j.Kappa + 0.05, Accuracy = 0.5 + (j.Kappa / 4), F1 = 0.62 + (j.Kappa / 5), Bias = j.Bias,
            },
            Metrics = new() { ["ndcg@10"] = j.Ndcg, ["p@5"] = j.P5, ["mrr"] = j.Mrr, ["meanScore"] = j.Mean },
        }).ToList();
        var agreement = new List<PairAgreement>();
        for (var a = 0; a < Rag.Length; a++)
        {
            for (var b = a + 1; b < Rag.Length; b++)
            {
                agreement.Add(new PairAgreement(Rag[a].Id, Rag[b].Id, Math.Min(Rag[a].Valid, Rag[b].Valid), PublishedKappa[a][b - a - 1]));
            }
        }

        const string manifest = Root + "/samples/TrecRag2024/judgeeval.yaml";
        return new EvalResults
        {
            Tool = new ToolInfo("judgeeval", "0.1.0", "2026.11"),
            Manifest = new ManifestInfo(manifest, "TREC RAG 2024 relevance judges vs NIST labels", null, null, EvalPurpose.Quality),
            Task = new TaskInfo(TaskKind.Pointwise, 0, 3, 2, KappaWeighting.Quadratic, [0, 1, 2, 3]),
            Items = new ItemSummary(537, 537, 86),
            Verdict = new RunVerdict(VerdictOutcome.Fail, 1, 4, ["JE2002"]),
            Judges = judges,
            Ensembles =
            [
                new EnsembleResult
                {
                    Id = "median-all9", Method = EnsembleMethod.Median, Members = [.. Rag.Select(j => j.Id)], Items = 537, Coverage = 1,
                    VsHuman = new HumanAgreement { N = 537, Kappa = 0.68, KappaCi95 = new(0.63, 0.72), Weighting = KappaWeighting.Quadratic, Band = "substantial" },
                    BestMember = "gemini25", BestMemberKappa = 0.66, ComparedItems = 537, EnsembleKappaCompared = 0.68, BestMemberKappaCompared = 0.66,
                },
                new EnsembleResult
                {
                    Id = "median-frontier7", Method = EnsembleMethod.Median, Members = [.. Rag.Take(7).Select(j => j.Id)], Items = 537, Coverage = 1,
                    VsHuman = new HumanAgreement { N = 537, Kappa = 0.64, KappaCi95 = new(0.59, 0.69), Weighting = KappaWeighting.Quadratic, Band = "substantial" },
                    BestMember = "gemini25", BestMemberKappa = 0.66, ComparedItems = 537, EnsembleKappaCompared = 0.64, BestMemberKappaCompared = 0.66,
                },
            ],
            Agreement = agreement,
            MultiRater = new MultiRaterAgreement(537, 9, 0.41, 0.69, AlphaLevel.Ordinal, 0.52),
            MetricSpread = MetricSpreadAnalyzer.Analyze(judges),
            Review = [.. Enumerable.Range(1, 20).Select(i => Review(i, pairwise: false))],
            Independence = new Independence
            {
                Judges = [.. Rag.Select(j => new JudgeRelation(j.Id, ProductRelation.Independent, "no product model named"))],
                Providers = ["Anthropic", "OpenAI", "Google", "DeepSeek", "Alibaba"],
                EffectiveIndependentJudges = 6,
            },
            ProductScore =
            [
                new ProductScore { Source = "median-all9", PassRate = 0.43, PassRateCi95 = new(0.39, 0.47), Sensitivity = 0.86, Specificity = 0.91, Corrected = 0.44, CorrectedCi95 = new(0.39, 0.50) },
                new ProductScore { Source = "gpt4o", PassRate = 0.36, PassRateCi95 = new(0.32, 0.40), Sensitivity = 0.71, Specificity = 0.95, Corrected = 0.42, CorrectedCi95 = new(0.36, 0.48) },
            ],
            Routing = new Routing
            {
                First = "gpt4o", Ensemble = "median-frontier7", Band = [1, 2], Items = 537, Escalated = 204,
                RoutedCalls = 537 + (204 * 7), FullEnsembleCalls = 537 * 7, RoutedCost = 1.92, FullEnsembleCost = 4.85, RoutedKappa = 0.62, FullEnsembleKappa = 0.64,
            },
            Findings =
            [
                new Finding("JE2002", Severity.Error, "Judge 'gemini31' kappa 0.41 [0.27, 0.54] is below kappaFail 0.60: replace this judge.", manifest, 35, 5, 35, 17, "https://github.com/judgeeval/judgeeval/blob/main/docs/diagnostics/JE2002.md"),
                new Finding("JE2001", Severity.Warning, "Judge 'opus' kappa 0.58 [0.52, 0.64] is below kappaWarn 0.75.", manifest, 23, 5, 23, 13, "https://github.com/judgeeval/judgeeval/blob/main/docs/diagnostics/JE2001.md"),
                new Finding("JE5001", Severity.Warning, "Judge 'gemini31' covers 23.6% of the items (410 null in source).", manifest, 35, 5, 35, 17, "https://github.com/judgeeval/judgeeval/blob/main/docs/diagnostics/JE5001.md"),
                new Finding("JE5001", Severity.Warning, "Judge 'gemini25' covers 17.1% of the items (445 null in source).", manifest, 38, 5, 38, 17, "https://github.com/judgeeval/judgeeval/blob/main/docs/diagnostics/JE5001.md"),
                new Finding("JE5010", Severity.Warning, "ndcg@10 spreads 1.90x across judges (0.454 gemini31 to 0.862 sonnet): disclose the judge with the metric.", manifest, 22, 1, 22, 8, "https://github.com/judgeeval/judgeeval/blob/main/docs/diagnostics/JE5010.md"),
            ],
        };
    }

    static readonly (string Id, string Model, string Family, string Provider, double Kappa, double Lo, double Hi, double Consistency, double First, double Orig, double Swapped, double Avg)[] Bench =
    [
        ("gpt4", "gpt-4", "GPT-4", "OpenAI", 0.62, 0.51, 0.72, 0.870, 0.52, 0.795, 0.825, 0.810),
        ("chatgpt", "gpt-3.5-turbo", "GPT-3.5", "OpenAI", 0.42, 0.30, 0.54, 0.575, 0.61, 0.700, 0.725, 0.7125),
        ("llama2", "llama-2-70b-chat", "Llama 2", "Meta", 0.44, 0.31, 0.56, 0.670, 0.58, 0.730, 0.710, 0.720),
        ("palm2", "palm-2-chat-bison", "PaLM", "Google", 0.40, 0.28, 0.52, 0.735, 0.44, 0.690, 0.715, 0.7025),
    ];

    public static EvalResults Pairwise4()
    {
        const string manifest = Root + "/samples/MtBench/judgeeval.yaml";
        var judges = Bench.Select(j => new JudgeResult
        {
            Id = j.Id, Model = j.Model, ResolvedModel = j.Model, Family = j.Family, Provider = j.Provider, Items = 200, Valid = 200, Coverage = 1,
            VsHuman = new HumanAgreement
            {
                N = 200, Kappa = j.Kappa, KappaCi95 = new(j.Lo, j.Hi), Weighting = KappaWeighting.Unweighted, Band = LandisKoch.Band(j.Kappa),
                Accuracy = j.Avg, Precision = j.Avg - 0.02, Recall = j.Avg + 0.03, F1 = j.Avg, Bias = j.First - 0.5,
            },
            Position = new PositionBias { N = 200, Consistency = j.Consistency, FirstPositionRate = j.First, AccuracyOriginal = j.Orig, AccuracySwapped = j.Swapped, AccuracyAveraged = j.Avg },
        }).ToList();
        return new EvalResults
        {
            Tool = new ToolInfo("judgeeval", "0.1.0", "2026.11"),
            Manifest = new ManifestInfo(manifest, "MT-Bench pairwise judges, GPT-4 as the product", "gpt-4", "GPT-4", EvalPurpose.Quality),
            Task = new TaskInfo(TaskKind.Pairwise, null, null, null, KappaWeighting.Unweighted, [1, 1.5, 2]),
            Items = new ItemSummary(200, 200, 0),
            Verdict = new RunVerdict(VerdictOutcome.Inconclusive, 0, 3, ["JE3001"]),
            Judges = judges,
            Ensembles =
            [
                new EnsembleResult
                {
                    Id = "majority4", Method = EnsembleMethod.Majority, Members = [.. Bench.Select(j => j.Id)], Items = 200, Coverage = 1,
                    VsHuman = new HumanAgreement { N = 200, Kappa = 0.55, KappaCi95 = new(0.43, 0.66), Weighting = KappaWeighting.Unweighted, Band = "moderate" },
                    BestMember = "gpt4", BestMemberKappa = 0.62,
                },
            ],
            Agreement =
            [
                new("gpt4", "chatgpt", 200, 0.46), new("gpt4", "llama2", 200, 0.41), new("gpt4", "palm2", 200, 0.44),
                new("chatgpt", "llama2", 200, 0.38), new("chatgpt", "palm2", 200, 0.35), new("llama2", "palm2", 200, 0.33),
            ],
            MultiRater = new MultiRaterAgreement(200, 4, 0.39, 0.39, AlphaLevel.Nominal, 0.45),
            Review = [.. Enumerable.Range(1, 12).Select(i => Review(i, pairwise: true))],
            Independence = new Independence
            {
                Judges =
                [
                    new("gpt4", ProductRelation.SameModel, "gpt4 is the product model gpt-4"),
                    new("chatgpt", ProductRelation.SameFamily, "gpt-3.5-turbo and gpt-4 are both OpenAI GPT models"),
                    new("llama2", ProductRelation.Independent, "Meta Llama 2; no shared lineage with gpt-4"),
                    new("palm2", ProductRelation.Independent, "Google PaLM 2; no shared lineage with gpt-4"),
                ],
                Providers = ["OpenAI", "Meta", "Google"],
                EffectiveIndependentJudges = 3,
            },
            SelfPreference =
            [
                new SelfPreference { JudgeId = "gpt4", Family = "GPT-4", RelatedModels = ["gpt-4"], OwnN = 61, OtherN = 139, JudgeOwnRate = 0.79, HumanOwnRate = 0.70, Difference = 0.09, DifferenceCi95 = new(0.02, 0.16), PValue = 0.012, Test = SignificanceTest.PairedSignFlip, OwnAgreement = 0.84, OtherAgreement = 0.80 },
                new SelfPreference { JudgeId = "chatgpt", Family = "GPT-3.5", RelatedModels = ["gpt-3.5-turbo"], OwnN = 66, OtherN = 134, JudgeOwnRate = 0.48, HumanOwnRate = 0.45, Difference = 0.03, DifferenceCi95 = new(-0.06, 0.12), PValue = 0.52, Test = SignificanceTest.PairedSignFlip, OwnAgreement = 0.70, OtherAgreement = 0.72 },
            ],
            Findings =
            [
                new Finding("JE3001", Severity.Warning, "Judge 'chatgpt' position consistency 57.5% [50.5%, 64.0%] straddles positionConsistencyMin 0.90 only for 2 of 4 judges; more items would decide it.", manifest, 48, 3, 48, 33, "https://github.com/judgeeval/judgeeval/blob/main/docs/diagnostics/JE3001.md"),
                new Finding("JE1001", Severity.Warning, "Judge 'gpt4' is the product model gpt-4: it is not independent of the product.", manifest, 27, 5, 27, 13, "https://github.com/judgeeval/judgeeval/blob/main/docs/diagnostics/JE1001.md"),
                new Finding("JE4001", Severity.Warning, "Ensemble 'majority4' kappa 0.55 is below its best member gpt4 (0.62).", manifest, 41, 5, 41, 18, "https://github.com/judgeeval/judgeeval/blob/main/docs/diagnostics/JE4001.md"),
            ],
        };
    }

    static ReviewItem Review(int i, bool pairwise)
    {
        var text = "Passage " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + string.Concat(Enumerable.Repeat("The retrieved segment discusses the query topic at some length, with partial overlap and a few off-topic sentences. ", 1 + (i % 5)));
        return pairwise
            ? new ReviewItem
            {
                ItemId = "mtbench-" + (80 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), Query = "Write a persuasive email to convince your introverted friend to volunteer as a guest speaker.",
                Text = "Subject: " + text, TextB = "Dear friend, " + text, Model = i % 2 == 0 ? "gpt-4" : "claude-v1", ModelB = "vicuna-13b-v1.2",
                Human = i % 3 == 0 ? 2 : 1,
                Verdicts = new() { ["gpt4"] = 1, ["chatgpt"] = 2, ["llama2"] = i % 2 == 0 ? 1.5 : 2, ["palm2"] = 1 },
                Disagreement = 0.5 - (i * 0.01), Outlier = i % 2 == 0 ? null : "chatgpt",
            }
            : new ReviewItem
            {
                ItemId = "2024-" + (145000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture) + "/msmarco_v2.1_doc_" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Query = "how do solar panels degrade over time", Text = text, Human = i % 4,
                Verdicts = new() { ["opus"] = 0, ["sonnet"] = 3, ["gpt55"] = 3, ["gpt4o"] = 1, ["gemini31"] = null, ["gemini25"] = 2, ["deepseek"] = 3, ["qwen"] = 1, ["gemma"] = 0 },
                Disagreement = 1.3 - (i * 0.02), Outlier = i % 3 == 0 ? "opus" : null,
            };
    }
}
