namespace JudgeEval.Engine.Results;

/// <summary>An item worth human review: the judges disagree on it. Text is untrusted.</summary>
public sealed record ReviewItem
{
    public required string ItemId { get; init; }

    public string? Query { get; init; }

    public string? Text { get; init; }

    public string? TextB { get; init; }

    public string? Model { get; init; }

    public string? ModelB { get; init; }

    public double? Human { get; init; }

    /// <summary>Each judge's verdict (null = missing).</summary>
    public Dictionary<string, double?> Verdicts { get; init; } = [];

    /// <summary>Standard deviation of the valid verdicts, on the scale.</summary>
    public double Disagreement { get; init; }

    /// <summary>Each judge's raw answer on this item, for the judges that recorded one (`raw`); untrusted text.</summary>
    public Dictionary<string, string> Answers { get; init; } = [];

    /// <summary>The judge furthest from the panel median on this item.</summary>
    public string? Outlier { get; init; }
}
