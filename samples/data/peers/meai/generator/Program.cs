// Writes a small Microsoft.Extensions.AI.Evaluation disk result store for JudgeEval's `meai` importer tests
// (see ../README.md for how it was built and run). The product (the model under test) and the grader are fake
// IChatClients with scripted answers; everything else, the evaluators, scenario runs, the result store and its JSON,
// is the real library.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using Microsoft.Extensions.AI.Evaluation.Quality;
using Microsoft.Extensions.AI.Evaluation.Reporting;
using Microsoft.Extensions.AI.Evaluation.Reporting.Storage;

var root = args.Length > 0 ? args[0] : "store";

// question -> two sampled answers of the product (iterations 1 and 2)
var cases = new (string Scenario, string Question, string[] Answers)[]
{
    ("Returns.Window", "How many days do I have to return a pair of shoes?",
        ["You can return unworn shoes within 30 days of delivery for a full refund.", "Shoes can be returned. Our stores open at 9am."]),
    ("Returns.Label", "Where do I get a return label?",
        ["Open Orders, pick the order and choose 'Print return label'.", "Labels are printed on our thermal printers in the warehouse."]),
    ("Shipping.Express", "Do you offer express shipping to Canada?",
        ["Yes: express shipping to Canada takes 2-3 business days and costs $19.", "Express is fast."]),
    ("Account.Password", "How do I reset my password?",
        ["Choose 'Forgot password' on the sign-in page and follow the link we email you.", "Passwords must be 12 characters long."]),
    ("Payments.Split", "Can I split a payment between two cards?",
        ["Not at the moment; each order takes one card, but you can add a gift card first.", "Yes."]),
    ("Sizing.Guide", "Do your sneakers run small?",
        ["Our sneakers run true to size; if you are between sizes, take the larger one.", "Sneakers are shoes for sport, usually made of canvas or leather."]),
};

// grader's scores per (scenario, iteration, metric); null: the grader's answer has no <S2> tag (unparseable).
var scores = new Dictionary<(string, int, string), int?>
{
    [("Returns.Window", 1, "Relevance")] = 5, [("Returns.Window", 1, "Coherence")] = 5,
    [("Returns.Window", 2, "Relevance")] = 2, [("Returns.Window", 2, "Coherence")] = 3,
    [("Returns.Label", 1, "Relevance")] = 5, [("Returns.Label", 1, "Coherence")] = 4,
    [("Returns.Label", 2, "Relevance")] = 1, [("Returns.Label", 2, "Coherence")] = 4,
    [("Shipping.Express", 1, "Relevance")] = 5, [("Shipping.Express", 1, "Coherence")] = 5,
    [("Shipping.Express", 2, "Relevance")] = 3, [("Shipping.Express", 2, "Coherence")] = 3,
    [("Account.Password", 1, "Relevance")] = 4, [("Account.Password", 1, "Coherence")] = 5,
    [("Account.Password", 2, "Relevance")] = 2, [("Account.Password", 2, "Coherence")] = null,
    [("Payments.Split", 1, "Relevance")] = 4, [("Payments.Split", 1, "Coherence")] = 4,
    [("Payments.Split", 2, "Relevance")] = 3, [("Payments.Split", 2, "Coherence")] = 2,
    [("Sizing.Guide", 1, "Relevance")] = 5, [("Sizing.Guide", 1, "Coherence")] = 5,
    [("Sizing.Guide", 2, "Relevance")] = null, [("Sizing.Guide", 2, "Coherence")] = 4,
};

var product = new ScriptedClient("gpt-4o-mini-2024-07-18", (messages, _) =>
{
    var question = messages.Last().Text;
    return cases.Single(c => c.Question == question).Answers[Current.Iteration - 1];
});

var grader = new ScriptedClient("gpt-4o-2024-08-06", (messages, _) =>
{
    var prompt = string.Join("\n", messages.Select(m => m.Text));
    var metric = prompt.Contains("**Relevance**", StringComparison.Ordinal) ? "Relevance" : "Coherence";
    var score = scores[(Current.Scenario, Current.Iteration, metric)];
    return score is { } s
        ? $"<S0>Let's think step by step: the response is compared with the query.</S0><S1>{Reason(metric, s)}</S1><S2>{s}</S2>"
        : $"The response is {metric.ToLowerInvariant()}-wise fine, I would say a four.";
});

await Run("20260831T0900", cases.Take(2), iterations: 1);
await Run("20260901T0900", cases, iterations: 2);
Console.WriteLine($"wrote {root}");

async Task Run(string execution, IEnumerable<(string Scenario, string Question, string[] Answers)> which, int iterations)
{
    var configuration = DiskBasedReportingConfiguration.Create(
        storageRootPath: root,
        evaluators: [new RelevanceEvaluator(), new CoherenceEvaluator()],
        chatConfiguration: new ChatConfiguration(grader),
        enableResponseCaching: false,
        executionName: execution,
        tags: ["judgeeval-test-data"]);

    foreach (var c in which)
    {
        for (var i = 1; i <= iterations; i++)
        {
            Current.Scenario = c.Scenario;
            Current.Iteration = i;
            await using var run = await configuration.CreateScenarioRunAsync(c.Scenario, i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            List<ChatMessage> messages =
            [
                new(ChatRole.System, "You are the support assistant of an online shoe shop. Answer in one or two sentences."),
                new(ChatRole.User, c.Question),
            ];
            var response = await product.GetResponseAsync(messages);
            await run.EvaluateAsync(messages, response);
        }
    }
}

static string Reason(string metric, int score) => score switch
{
    >= 5 => $"The response fully addresses the query; {metric.ToLowerInvariant()} is excellent.",
    4 => $"The response mostly addresses the query with minor gaps in {metric.ToLowerInvariant()}.",
    3 => $"The response partially addresses the query; {metric.ToLowerInvariant()} is adequate.",
    2 => $"The response barely addresses the query; {metric.ToLowerInvariant()} is weak.",
    _ => $"The response does not address the query; {metric.ToLowerInvariant()} is poor.",
};

static class Current
{
    public static string Scenario = "";
    public static int Iteration;
}

sealed class ScriptedClient(string modelId, Func<IList<ChatMessage>, ChatOptions?, string> answer) : IChatClient
{
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages.ToList();
        var text = answer(list, options);
        var input = list.Sum(m => m.Text.Length) / 4;
        var output = text.Length / 4;
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, text))
        {
            ModelId = modelId,
            FinishReason = ChatFinishReason.Stop,
            Usage = new UsageDetails { InputTokenCount = input, OutputTokenCount = output, TotalTokenCount = input + output },
        });
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var update in (await GetResponseAsync(messages, options, cancellationToken)).ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("scripted", null, modelId) : null;

    public void Dispose()
    {
    }
}
