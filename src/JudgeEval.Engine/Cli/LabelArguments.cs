using System.Globalization;
using JudgeEval.Engine.Labelling;

namespace JudgeEval.Engine.Cli;

/// <summary>The options of `judgeeval label`, parsed without touching the file system.</summary>
public sealed record LabelArguments
{
    public const int DefaultSeed = 1;

    public required string Manifest { get; init; }

    public required string Annotator { get; init; }

    /// <summary>The jsonl file labels are appended to; null: the manifest's jsonl `humanLabels`, else labels.&lt;annotator&gt;.jsonl.</summary>
    public string? Labels { get; init; }

    /// <summary>0: a free port the system picks.</summary>
    public int Port { get; init; }

    public TakeMode Take { get; init; } = TakeMode.Review;

    /// <summary>How many items to select; null: review.top for review, minCalibrationItems otherwise.</summary>
    public int? Count { get; init; }

    public int Seed { get; init; } = DefaultSeed;

    public bool Open { get; init; }

    public bool Help { get; init; }

    /// <summary>Parses the words after `label`; returns an error message instead of throwing.</summary>
    public static (LabelArguments? Arguments, string? Error) Parse(IReadOnlyList<string> words)
    {
        string? manifest = null;
        string? annotator = null;
        var result = new LabelArguments { Manifest = "", Annotator = "" };
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            string Value() => i + 1 < words.Count ? words[++i] : throw new FormatException($"option '{word}' needs a value");
            try
            {
                switch (word)
                {
                    case "--help" or "-h": return (result with { Help = true }, null);
                    case "--annotator" or "-a": annotator = Value(); break;
                    case "--labels": result = result with { Labels = Value() }; break;
                    case "--port": result = result with { Port = Number(word, Value(), 1, 65535) }; break;
                    case "--take": result = result with { Take = ParseTake(Value()) }; break;
                    case "--count" or "-n": result = result with { Count = Number(word, Value(), 1, int.MaxValue) }; break;
                    case "--seed": result = result with { Seed = Number(word, Value(), int.MinValue, int.MaxValue) }; break;
                    case "--open": result = result with { Open = true }; break;
                    case var _ when word.StartsWith('-'): return (null, $"unknown option '{word}'");
                    case var _ when manifest is null: manifest = word; break;
                    default: return (null, $"unexpected argument '{word}'");
                }
            }
            catch (FormatException e)
            {
                return (null, e.Message);
            }
        }

        if (manifest is null)
        {
            return (null, "missing the manifest path");
        }

        if (annotator is null)
        {
            return (null, "missing --annotator NAME: every label row names who made it");
        }

        return AnnotatorName.Problem(annotator) is { } problem
            ? (null, problem)
            : (result with { Manifest = manifest, Annotator = annotator }, null);
    }

    static int Number(string option, string text, int min, int max) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{option} expects a whole number from {min} to {max}, got '{text}'"));

    static TakeMode ParseTake(string text) => text switch
    {
        "review" => TakeMode.Review,
        "stratified" => TakeMode.Stratified,
        "random" => TakeMode.Random,
        _ => throw new FormatException($"--take expects review, stratified or random, got '{text}'"),
    };
}
