using System.Globalization;
using System.Text.Json;
using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Import;

/// <summary>
/// promptfoo's results file (`promptfoo eval -o results.json`): `results.results[]`, one per test and prompt column
/// (a prompt on a provider). Items are the outputs, `&lt;testIdx&gt;/&lt;provider&gt;`, the provider being the model under test;
/// each model-graded assertion (llm-rubric and kin) in `gradingResult.componentResults` is a judgment of its grader.
/// </summary>
public sealed class PromptfooImporter : ISourceImporter
{
    /// <summary>The grader key of an assertion whose grader the file does not name (promptfoo's built-in default).</summary>
    public const string DefaultGrader = "default";

    /// <summary>promptfoo's assertion types that ask a model for the verdict (select-best compares outputs: not pointwise).</summary>
    static readonly HashSet<string> ModelGraded = new(StringComparer.Ordinal)
    {
        "agent-rubric", "answer-relevance", "context-faithfulness", "context-recall", "context-relevance", "factuality",
        "g-eval", "llm-rubric", "model-graded-closedqa", "model-graded-factuality", "search-rubric", "trajectory:goal-success",
    };

    static readonly string[] ProviderTypes = ["chat", "completion", "responses", "messages"];

    public SourceFormat Format { get; } = new("promptfoo", [DataRole.Items, DataRole.Judgments], ["key", "metric", "grade"]);

    public ImportResult Import(SourceSpec source, DataRole role, TaskKind kind)
    {
        var context = new ImportContext(source, role, kind);
        if (!context.Fits(Format, TaskKind.Pointwise) || Grade(context) is not { } grade)
        {
            return context.ToResult();
        }

        if (JsonSource.Load(context) is not { } json)
        {
            return context.ToResult();
        }

        List<LocatedElement> rows;
        JsonElement? defaultGrader;
        try
        {
            var reader = json.Reader();
            (rows, defaultGrader) = ReadFile(ref reader, json, context);
        }
        catch (JsonException e)
        {
            context.Report(ImportDiagnostics.MalformedJson, $"The file is not valid JSON: {JsonSource.Describe(e)}", json.At(e));
            return context.ToResult();
        }

        var outputs = rows.Select(r => Output.Of(r, context)).OfType<Output>().ToList();
        var withPrompt = outputs.GroupBy(o => (o.Test, o.Provider)).Any(g => g.Count() > 1);
        if (role == DataRole.Items)
        {
            context.Items.AddRange(outputs.Select(o => o.Item(withPrompt)));
            return context.ToResult();
        }

        var verdicts = outputs.SelectMany(o => Verdicts(o, o.Id(withPrompt), defaultGrader, grade, context)).ToList();
        PeerSelection.AddJudgments(context, verdicts, "results");
        return context.ToResult();
    }

    /// <summary>`grade`: pass (default; pass = 1, fail = 0) or score (the assertion's score as written).</summary>
    static bool? Grade(ImportContext context)
    {
        switch (context.Source.Option("grade"))
        {
            case null or "pass":
                return false;
            case "score":
                return true;
            case var other:
                context.Report(ImportDiagnostics.BadOption, $"`grade: {other}` is not a promptfoo grade; use pass (pass = 1, fail = 0) or score (the assertion's score).", context.Source.OptionAt("grade"));
                return null;
        }
    }

    /// <summary>The rows of `results.results` and `config.defaultTest.options.provider`.</summary>
    static (List<LocatedElement> Rows, JsonElement? DefaultGrader) ReadFile(ref Utf8JsonReader reader, JsonSource json, ImportContext context)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            context.Report(ImportDiagnostics.WrongShape, $"The file holds a JSON {reader.TokenType}; a promptfoo results file is an object with `results`.", json.At(reader));
            return ([], null);
        }

        List<LocatedElement>? rows = null;
        JsonElement? defaultGrader = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (name == "results" && reader.TokenType == JsonTokenType.StartObject)
            {
                rows = ReadResults(ref reader, json);
            }
            else if (name == "config" && reader.TokenType == JsonTokenType.StartObject)
            {
                var config = JsonElements.Read(ref reader, json).Value;
                defaultGrader = config.Property("defaultTest")?.Property("options")?.Property("provider");
            }
            else
            {
                reader.Skip();
            }
        }

        if (rows is null)
        {
            context.Report(ImportDiagnostics.WrongShape, "The file has no `results.results` array: it is not the output of `promptfoo eval -o <file>.json`.", json.Location(0, 0));
        }

        return (rows ?? [], defaultGrader);
    }

    static List<LocatedElement>? ReadResults(ref Utf8JsonReader reader, JsonSource json)
    {
        List<LocatedElement>? rows = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isRows = reader.ValueTextEquals("results"u8);
            reader.Read();
            if (isRows && reader.TokenType == JsonTokenType.StartArray)
            {
                rows = JsonElements.ReadArray(ref reader, json);
            }
            else
            {
                reader.Skip();
            }
        }

        return rows;
    }

    static IEnumerable<PeerVerdict> Verdicts(Output output, string id, JsonElement? defaultGrader, bool useScore, ImportContext context)
    {
        var row = output.Row.Value;
        var components = row.Property("gradingResult")?.Property("componentResults");
        if (components is not { ValueKind: JsonValueKind.Array } list)
        {
            yield break;
        }

        var testGrader = row.Property("testCase")?.Property("options")?.Property("provider");
        foreach (var component in list.EnumerateArray())
        {
            var assertion = component.Property("assertion");
            if (assertion?.String("type") is not { } type || !ModelGraded.Contains(type))
            {
                continue;
            }

            var grader = ProviderId(assertion.Value.Property("provider")) ?? ProviderId(testGrader) ?? ProviderId(defaultGrader) ?? DefaultGrader;
            var metric = assertion.Value.String("metric") ?? type;
            yield return new PeerVerdict(metric, grader, () => Judgment(id, component, output.Row.At, useScore, context));
        }
    }

    /// <summary>pass: 1 or 0; score: as written, a whole number. A grader error (promptfoo records it as a fail) is missing.</summary>
    static Judgment Judgment(string id, JsonElement component, Diagnostics.SourceLocation at, bool useScore, ImportContext context)
    {
        var judgment = new Judgment { ItemId = id, RawText = component.String("reason"), Source = at };
        if (component.Property("metadata")?.Property("graderError") is { ValueKind: JsonValueKind.True })
        {
            return judgment with { MissingReason = "grader error" };
        }

        if (!useScore)
        {
            return component.Property("pass") switch
            {
                { ValueKind: JsonValueKind.True } => judgment with { Score = 1 },
                { ValueKind: JsonValueKind.False } => judgment with { Score = 0 },
                _ => judgment with { MissingReason = "no pass in source" },
            };
        }

        if (component.Property("score") is not { ValueKind: JsonValueKind.Number } score)
        {
            return judgment with { MissingReason = "no score in source" };
        }

        var value = score.GetDouble();
        if (Math.Floor(value) == value)
        {
            return judgment with { Score = value };
        }

        context.Report(PeerDiagnostics.NoWholeGrade, string.Create(CultureInfo.InvariantCulture, $"'{id}' has score {value}, not a whole number; `grade: score` takes scores as written (use `grade: pass` for pass/fail)."), at);
        return judgment with { MissingReason = "not a whole grade" };
    }

    /// <summary>A provider as promptfoo writes it: an id string, `{id}`, or a map by purpose (`text` grades).</summary>
    static string? ProviderId(JsonElement? provider) => provider switch
    {
        { ValueKind: JsonValueKind.String } s => s.GetString(),
        { ValueKind: JsonValueKind.Object } o => o.String("id") ?? ProviderId(o.Property("text")),
        _ => null,
    };

    /// <summary>The model in a provider id: `openai:chat:gpt-4o-mini` → gpt-4o-mini; ids of other shapes as written.</summary>
    public static string Model(string providerId)
    {
        var parts = providerId.Split(':', 3);
        if (parts.Length < 2 || providerId.Contains("://", StringComparison.Ordinal))
        {
            return providerId;
        }

        return parts.Length == 3 && ProviderTypes.Contains(parts[1], StringComparer.Ordinal) ? parts[2] : providerId[(parts[0].Length + 1)..];
    }

    sealed record Output(LocatedElement Row, int Test, int Prompt, string Provider, string? ProductModel)
    {
        public static Output? Of(LocatedElement row, ImportContext context)
        {
            var r = row.Value;
            var provider = r.Property("provider");
            var providerId = ProviderId(provider);
            var label = provider?.String("label") is { Length: > 0 } l ? l : providerId;
            if (r.Property("testIdx") is not { ValueKind: JsonValueKind.Number } test || !test.TryGetInt32(out var t)
                || r.Property("promptIdx") is not { ValueKind: JsonValueKind.Number } prompt || !prompt.TryGetInt32(out var p) || label is null)
            {
                context.Report(ImportDiagnostics.MissingId, "The result has no whole `testIdx`, `promptIdx` or provider, so it cannot be an item.", row.At);
                return null;
            }

            return new Output(row, t, p, label, providerId is null ? null : Model(providerId));
        }

        public string Id(bool withPrompt) => withPrompt
            ? string.Create(CultureInfo.InvariantCulture, $"{Test}/{Prompt}/{Provider}")
            : string.Create(CultureInfo.InvariantCulture, $"{Test}/{Provider}");

        public EvalItem Item(bool withPrompt)
        {
            var r = Row.Value;
            var output = r.Property("response")?.Property("output");
            return new EvalItem
            {
                Id = Id(withPrompt),
                QueryId = Test.ToString(CultureInfo.InvariantCulture),
                Query = r.Property("prompt")?.String("raw"),
                Text = output is { ValueKind: JsonValueKind.String } text ? text.GetString() : output?.GetRawText(),
                Model = ProductModel,
                Source = Row.At,
            };
        }
    }
}
