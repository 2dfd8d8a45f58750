using System.Globalization;
using System.Text.Json;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Import;

/// <summary>
/// An Inspect AI eval log in JSON (`--log-format json`): `eval` (the model under test, the scorers) and `samples[]`.
/// Items are the samples (`id`, or `id/epoch` when the log has several epochs); each scorer that called a model is a
/// judgment of that grader. The grader is the model called inside the scorer's span (or step, in older logs).
/// </summary>
public sealed class InspectImporter : ISourceImporter
{
    /// <summary>Inspect's model-graded scorers, recognised by name when a log keeps no events.</summary>
    static readonly string[] ModelGradedScorers = ["model_graded_qa", "model_graded_fact"];

    public SourceFormat Format { get; } = new("inspect", [DataRole.Items, DataRole.Judgments], ["key", "metric", "partialCredit"]);

    public ImportResult Import(SourceSpec source, DataRole role, TaskKind kind)
    {
        var context = new ImportContext(source, role, kind);
        if (!context.Fits(Format, TaskKind.Pointwise) || PartialCredit(context) is not { } partialCredit)
        {
            return context.ToResult();
        }

        if (IsZip(source.Path))
        {
            context.Report(PeerDiagnostics.NotInspectJson, $"'{Path.GetFileName(source.Path)}' is an Inspect .eval archive, not a JSON log.", source.OptionAt("path"));
            return context.ToResult();
        }

        if (JsonSource.Load(context) is not { } json)
        {
            return context.ToResult();
        }

        JsonElement? eval = null;
        List<LocatedElement>? samples = null;
        try
        {
            var reader = json.Reader();
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                context.Report(ImportDiagnostics.WrongShape, $"The file holds a JSON {reader.TokenType}; an Inspect log is an object with `eval` and `samples`.", json.At(reader));
                return context.ToResult();
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "eval":
                        eval = JsonElements.Read(ref reader, json).Value;
                        break;
                    case "samples":
                        samples = JsonElements.ReadArray(ref reader, json);
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }
        }
        catch (JsonException e)
        {
            context.Report(ImportDiagnostics.MalformedJson, $"The file is not valid JSON: {JsonSource.Describe(e)}", json.At(e));
            return context.ToResult();
        }

        if (eval is not { ValueKind: JsonValueKind.Object } header || samples is null)
        {
            context.Report(ImportDiagnostics.WrongShape, "The file has no `eval` object or no `samples` array: it is not an Inspect JSON log with samples (log_samples must be on).", json.Location(0, 0));
            return context.ToResult();
        }

        var log = new Log(header, samples.Exists(s => s.Value.Property("epoch") is { ValueKind: JsonValueKind.Number } e && e.GetDouble() > 1));
        var verdicts = new List<PeerVerdict>();
        foreach (var sample in samples)
        {
            if (log.Id(sample, context) is not { } id)
            {
                continue;
            }

            if (role == DataRole.Items)
            {
                context.Items.Add(log.Item(sample, id));
            }
            else
            {
                verdicts.AddRange(Verdicts(sample, id, log, partialCredit, context));
            }
        }

        if (role == DataRole.Judgments)
        {
            PeerSelection.AddJudgments(context, verdicts, "log");
        }

        return context.ToResult();
    }

    static bool? PartialCredit(ImportContext context)
    {
        var value = context.Source.Option("partialCredit");
        if (value is null || value.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (value.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        context.Report(ImportDiagnostics.BadOption, $"`partialCredit: {value}` must be true or false.", context.Source.OptionAt("partialCredit"));
        return null;
    }

    static IEnumerable<PeerVerdict> Verdicts(LocatedElement sample, string id, Log log, bool partialCredit, ImportContext context)
    {
        if (sample.Value.Property("scores") is not { ValueKind: JsonValueKind.Object } scores)
        {
            yield break;
        }

        var called = ModelsCalledByScorers(sample.Value);
        foreach (var score in scores.EnumerateObject())
        {
            var graders = called.TryGetValue(score.Name, out var models) ? string.Join("+", models) : log.NamedGrader(score.Name);
            if (graders is not null)
            {
                yield return new PeerVerdict(score.Name, graders, () => Judgment(id, score.Value, sample.At, partialCredit, context));
            }
        }
    }

    /// <summary>
    /// The models each scorer called: model events inside a `span_begin` of type scorer (or a nested span), or, in
    /// logs before spans, between a scorer `step` begin and end.
    /// </summary>
    static Dictionary<string, SortedSet<string>> ModelsCalledByScorers(JsonElement sample)
    {
        var called = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        if (sample.Property("events") is not { ValueKind: JsonValueKind.Array } events)
        {
            return called;
        }

        var spans = new Dictionary<string, (string? Parent, string? Scorer)>(StringComparer.Ordinal);
        string? step = null;
        foreach (var e in events.EnumerateArray())
        {
            switch (e.String("event"))
            {
                case "span_begin" when e.String("id") is { } spanId:
                    spans[spanId] = (e.String("parent_id"), e.String("type") == "scorer" ? e.String("name") : null);
                    break;
                case "step" when e.String("type") == "scorer":
                    step = e.String("action") == "begin" ? e.String("name") : null;
                    break;
                case "model" when e.String("model") is { } model && (ScorerOf(e.String("span_id"), spans) ?? step) is { } scorer:
                    if (!called.TryGetValue(scorer, out var set))
                    {
                        called[scorer] = set = new SortedSet<string>(StringComparer.Ordinal);
                    }

                    set.Add(model);
                    break;
            }
        }

        return called;
    }

    static string? ScorerOf(string? spanId, Dictionary<string, (string? Parent, string? Scorer)> spans)
    {
        for (var depth = 0; spanId is not null && depth < 64 && spans.TryGetValue(spanId, out var span); depth++)
        {
            if (span.Scorer is { } scorer)
            {
                return scorer;
            }

            spanId = span.Parent;
        }

        return null;
    }

    /// <summary>
    /// Inspect's value_to_float: C = 1, I = 0, N = 0, P = 0.5; yes/true = 1, no/false = 0; numbers as written. With
    /// partialCredit the letters double to whole grades (I = 0, P = 1, C = 2). "Grade not found" is missing: Inspect
    /// records an unparseable grader answer as I.
    /// </summary>
    static Judgment Judgment(string id, JsonElement score, SourceLocation at, bool partialCredit, ImportContext context)
    {
        var explanation = score.String("explanation");
        var judgment = new Judgment { ItemId = id, RawText = explanation, Source = at };
        if (explanation?.StartsWith("Grade not found in model output", StringComparison.Ordinal) == true)
        {
            return judgment with { MissingReason = "unparseable grader answer" };
        }

        if (score.Property("value") is not { } value)
        {
            return judgment with { MissingReason = "no value in source" };
        }

        if (value.NumberOrBoolean() is { } number)
        {
            return judgment with { Score = number };
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!;
            if (Letter(text, partialCredit) is { } letter)
            {
                return judgment with { Score = letter };
            }

            if (text == "P")
            {
                context.Report(PeerDiagnostics.NoWholeGrade, $"Sample '{id}' has the partial-credit grade P; set `partialCredit: true` to grade I = 0, P = 1, C = 2.", at);
                return judgment with { MissingReason = "not a whole grade" };
            }

            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && double.IsFinite(parsed))
            {
                return judgment with { Score = parsed };
            }
        }

        context.Report(ImportDiagnostics.UnparseableScore, $"Sample '{id}' has the score value {value.GetRawText()}, which is not a grade (C, P, I, N, yes, no, true, false or a number).", at);
        return judgment with { MissingReason = "unparseable score" };
    }

    static double? Letter(string text, bool partialCredit) => text switch
    {
        "C" => partialCredit ? 2 : 1,
        "P" when partialCredit => 1,
        "I" or "N" => 0,
        _ when text.Equals("yes", StringComparison.OrdinalIgnoreCase) || text.Equals("true", StringComparison.OrdinalIgnoreCase) => 1,
        _ when text.Equals("no", StringComparison.OrdinalIgnoreCase) || text.Equals("false", StringComparison.OrdinalIgnoreCase) => 0,
        _ => null,
    };

    /// <summary>What the log's header says about every sample.</summary>
    sealed class Log(JsonElement eval, bool severalEpochs)
    {
        public string? Product { get; } = eval.String("model");

        public string? Id(LocatedElement sample, ImportContext context)
        {
            var id = sample.Value.Property("id")?.Text();
            if (string.IsNullOrEmpty(id))
            {
                context.Report(ImportDiagnostics.MissingId, "The sample has no `id`, so it cannot be an item.", sample.At);
                return null;
            }

            return severalEpochs ? $"{id}/{sample.Value.Property("epoch")?.Text() ?? "1"}" : id;
        }

        public EvalItem Item(LocatedElement sample, string id)
        {
            var s = sample.Value;
            var input = s.Property("input");
            var query = input is { ValueKind: JsonValueKind.Array } messages
                ? messages.EnumerateArray().LastOrDefault(m => m.String("role") == "user") is { ValueKind: JsonValueKind.Object } user ? user.Property("content")?.Content() : null
                : input?.Content();
            var choice = s.Property("output")?.Property("choices") is { ValueKind: JsonValueKind.Array } choices ? choices.EnumerateArray().FirstOrDefault() : default;
            return new EvalItem
            {
                Id = id,
                QueryId = s.Property("id")?.Text(),
                Query = query,
                Text = choice.ValueKind == JsonValueKind.Object ? choice.Property("message")?.Property("content")?.Content() : null,
                Model = Product,
                Source = sample.At,
            };
        }

        /// <summary>
        /// A model-graded scorer of a log without events: its `model` option, else the model of its role (`grader`
        /// unless set), else the model under test, Inspect's own order of precedence.
        /// </summary>
        public string? NamedGrader(string scorer)
        {
            if (!ModelGradedScorers.Contains(scorer.Split('/')[^1], StringComparer.Ordinal))
            {
                return null;
            }

            var options = eval.Property("scorers") is { ValueKind: JsonValueKind.Array } scorers
                ? scorers.EnumerateArray().FirstOrDefault(s => s.String("name") == scorer).Property("options")
                : null;
            if (options?.Property("model") is { } model && (model.Text() ?? Joined(model)) is { } named)
            {
                return named;
            }

            var role = options?.String("model_role") ?? "grader";
            return eval.Property("model_roles")?.Property(role)?.String("model") ?? Product;
        }

        static string? Joined(JsonElement models) => models.ValueKind == JsonValueKind.Array
            ? string.Join("+", models.EnumerateArray().Select(m => m.Text()).OfType<string>().Order(StringComparer.Ordinal))
            : null;
    }

    /// <summary>An .eval log is a zip archive; it is told apart before being read as JSON text.</summary>
    static bool IsZip(string path)
    {
        Span<byte> head = stackalloc byte[4];
        using var file = File.OpenRead(path);
        return file.ReadAtLeast(head, 4, throwOnEndOfStream: false) == 4 && head.SequenceEqual("PK\u0003\u0004"u8);
    }
}
