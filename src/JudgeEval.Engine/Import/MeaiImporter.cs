using System.Globalization;
using System.Text.Json;
using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Import;

/// <summary>
/// A Microsoft.Extensions.AI.Evaluation disk result store: `&lt;root&gt;/results/&lt;execution&gt;/&lt;scenario&gt;/&lt;iteration&gt;.json`,
/// one ScenarioRunResult each. Items are `scenario/iteration` (the response and the model that wrote it); each
/// metric whose metadata names an `eval-model` is a judgment of that grader. One execution is read: `execution`, or
/// the most recent.
/// </summary>
public sealed class MeaiImporter : ISourceImporter
{
    const string GraderMetadata = "eval-model";

    public SourceFormat Format { get; } = new("meai", [DataRole.Items, DataRole.Judgments], ["key", "metric", "execution"]) { PathIsFolder = true };

    public ImportResult Import(SourceSpec source, DataRole role, TaskKind kind)
    {
        var context = new ImportContext(source, role, kind);
        if (!context.Fits(Format, TaskKind.Pointwise))
        {
            return context.ToResult();
        }

        var results = Path.Combine(source.Path, "results");
        if (!Directory.Exists(results))
        {
            context.Report(PeerDiagnostics.NotAResultStore, $"'{source.Path}' has no `results` folder, so it is not the storage root of a disk result store.", source.OptionAt("path"));
            return context.ToResult();
        }

        if (Execution(results, context) is not { } execution)
        {
            return context.ToResult();
        }

        var verdicts = new List<PeerVerdict>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(results, execution), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            ReadRun(file, context, verdicts);
        }

        if (role == DataRole.Judgments)
        {
            PeerSelection.AddJudgments(context, verdicts, $"results of execution '{execution}'");
        }

        return context.ToResult();
    }

    /// <summary>The `execution` option, else the execution whose results were written last (by their `creationTime`).</summary>
    static string? Execution(string results, ImportContext context)
    {
        var executions = Directory.EnumerateDirectories(results).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        if (context.Source.Option("execution") is { } wanted)
        {
            if (executions.Contains(wanted, StringComparer.Ordinal))
            {
                return wanted;
            }

            context.Report(PeerDiagnostics.ExecutionNotFound, $"No execution '{wanted}' in '{results}'; it has: {string.Join(", ", executions.Select(e => $"\"{e}\""))}.", context.Source.OptionAt("execution"));
            return null;
        }

        if (executions.Count == 0)
        {
            context.Report(PeerDiagnostics.NothingModelGraded, $"The result store has no executions: '{results}' is empty.", context.Source.OptionAt("path"));
            return null;
        }

        return executions.MaxBy(e => (WrittenAt(Path.Combine(results, e)), e), Comparer<(DateTimeOffset, string)>.Create(Compare));
    }

    static int Compare((DateTimeOffset At, string Name) a, (DateTimeOffset At, string Name) b)
    {
        var byTime = a.At.CompareTo(b.At);
        return byTime != 0 ? byTime : string.CompareOrdinal(a.Name, b.Name);
    }

    /// <summary>The latest `creationTime` among an execution's results; unreadable files count as never written.</summary>
    static DateTimeOffset WrittenAt(string executionFolder)
    {
        var latest = DateTimeOffset.MinValue;
        foreach (var file in Directory.EnumerateFiles(executionFolder, "*.json", SearchOption.AllDirectories))
        {
            try
            {
                using var document = JsonDocument.Parse(File.ReadAllBytes(file));
                if (document.RootElement.String("creationTime") is { } text
                    && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) && at > latest)
                {
                    latest = at;
                }
            }
            catch (JsonException)
            {
                // Reported when the chosen execution is read; here it only cannot be the latest.
            }
        }

        return latest;
    }

    static void ReadRun(string file, ImportContext context, List<PeerVerdict> verdicts)
    {
        if (JsonSource.Load(context, file) is not { } json)
        {
            return;
        }

        var run = new Run();
        try
        {
            var reader = json.Reader();
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                context.Report(ImportDiagnostics.WrongShape, $"The file holds a JSON {reader.TokenType}; a scenario run result is an object.", json.At(reader));
                return;
            }

            Read(ref reader, json, run);
        }
        catch (JsonException e)
        {
            context.Report(ImportDiagnostics.MalformedJson, $"The file is not valid JSON: {JsonSource.Describe(e)}", json.At(e));
            return;
        }

        var fileStart = json.Location(0, 0);
        if (string.IsNullOrEmpty(run.Scenario) || string.IsNullOrEmpty(run.Iteration))
        {
            context.Report(ImportDiagnostics.MissingId, "The result has no `scenarioName` or `iterationName`, so it cannot be an item.", fileStart);
            return;
        }

        var id = $"{run.Scenario}/{run.Iteration}";
        if (context.Role == DataRole.Items)
        {
            context.Items.Add(new EvalItem
            {
                Id = id,
                QueryId = run.Scenario,
                Query = run.Request,
                Text = run.ResponseText,
                Model = run.ResponseModel,
                Tags = run.Tags,
                Source = fileStart,
            });
            return;
        }

        foreach (var (name, metric) in run.Metrics)
        {
            if (Grader(metric.Value) is { } grader)
            {
                verdicts.Add(new PeerVerdict(name, grader, () => Judgment(id, metric, context)));
            }
        }
    }

    static void Read(ref Utf8JsonReader reader, JsonSource json, Run run)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "scenarioName":
                    run.Scenario = JsonValues.Text(ref reader);
                    break;
                case "iterationName":
                    run.Iteration = JsonValues.Text(ref reader);
                    break;
                case "messages":
                    run.Request = LastUserText(JsonElements.Read(ref reader, json).Value);
                    break;
                case "modelResponse":
                    var response = JsonElements.Read(ref reader, json).Value;
                    run.ResponseModel = response.String("modelId");
                    run.ResponseText = response.Property("messages") is { ValueKind: JsonValueKind.Array } messages
                        ? string.Join("\n", messages.EnumerateArray().Select(Text).OfType<string>())
                        : null;
                    break;
                case "tags":
                    run.Tags = JsonValues.Strings(ref reader);
                    break;
                case "evaluationResult" when reader.TokenType == JsonTokenType.StartObject:
                    ReadMetrics(ref reader, json, run);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    /// <summary>`evaluationResult.metrics`: each metric whole, with its span.</summary>
    static void ReadMetrics(ref Utf8JsonReader reader, JsonSource json, Run run)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isMetrics = reader.ValueTextEquals("metrics"u8);
            reader.Read();
            if (!isMetrics || reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                run.Metrics.Add((name, JsonElements.Read(ref reader, json)));
            }
        }
    }

    static string? Grader(JsonElement metric) =>
        metric.Property("metadata") is { } metadata && metadata.String(GraderMetadata) is { Length: > 0 } model ? model : null;

    /// <summary>
    /// numeric: the value as written; boolean: true = 1, false = 0; string: not a grade. No value is a missing
    /// judgment (the evaluator could not parse the grader's answer, or failed).
    /// </summary>
    static Judgment Judgment(string id, LocatedElement metric, ImportContext context)
    {
        var m = metric.Value;
        var errors = m.Property("diagnostics") is { ValueKind: JsonValueKind.Array } diagnostics
            ? diagnostics.EnumerateArray().Where(d => d.String("severity") == "error").Select(d => d.String("message")).OfType<string>().ToList()
            : [];
        var judgment = new Judgment { ItemId = id, RawText = m.String("reason") ?? errors.FirstOrDefault(), Source = metric.At };
        if (m.Property("value") is not { } value)
        {
            return judgment with { MissingReason = errors.Count > 0 ? "evaluator error" : "no value" };
        }

        if (value.NumberOrBoolean() is { } score)
        {
            return judgment with { Score = score };
        }

        context.Report(ImportDiagnostics.UnparseableScore, $"Metric '{m.String("name")}' of '{id}' has the value '{value.Text() ?? value.GetRawText()}', which is not a number or a boolean.", metric.At);
        return judgment with { MissingReason = "unparseable score" };
    }

    static string? LastUserText(JsonElement messages) => messages.ValueKind == JsonValueKind.Array
        ? messages.EnumerateArray().LastOrDefault(m => m.String("role") == "user") is { ValueKind: JsonValueKind.Object } user ? Text(user) : null
        : null;

    /// <summary>A Microsoft.Extensions.AI ChatMessage: the `text` of its text contents.</summary>
    static string? Text(JsonElement message) => message.Property("contents") is { } contents ? contents.Content() : message.String("text");

    sealed class Run
    {
        public string? Scenario { get; set; }

        public string? Iteration { get; set; }

        public string? Request { get; set; }

        public string? ResponseText { get; set; }

        public string? ResponseModel { get; set; }

        public IReadOnlyList<string> Tags { get; set; } = [];

        public List<(string Name, LocatedElement Metric)> Metrics { get; } = [];
    }
}
