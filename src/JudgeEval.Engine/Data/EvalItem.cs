using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Data;

/// <summary>One thing that was judged: a retrieved passage, an answer, or (pairwise) two outputs.</summary>
public sealed record EvalItem
{
    /// <summary>Unique within the eval; judgments and labels join on it.</summary>
    public required string Id { get; init; }

    /// <summary>Groups items (the retrieval query, the conversation); the cluster for cluster bootstrap.</summary>
    public string? QueryId { get; init; }

    public string? Query { get; init; }

    /// <summary>The judged output (output 1 when pairwise).</summary>
    public string? Text { get; init; }

    /// <summary>The model that produced <see cref="Text"/>; several candidates joined by '|' when the text is shared.</summary>
    public string? Model { get; init; }

    /// <summary>Pairwise only: output 2.</summary>
    public string? TextB { get; init; }

    /// <summary>Pairwise only: the model that produced <see cref="TextB"/>.</summary>
    public string? ModelB { get; init; }

    /// <summary>1-based rank within <see cref="QueryId"/> for ranked retrieval metrics.</summary>
    public int? Rank { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The output's length as the data gives it (a `length` column), for data that publish lengths but no text.</summary>
    public int? Length { get; init; }

    /// <summary>Pairwise only: output 2's length as the data gives it (`lengthB`).</summary>
    public int? LengthB { get; init; }

    // Kept as its numbers rather than an object per item: a million items' locations took 40 MB for the whole run.
    readonly string? file;
    readonly int line, column, endLine, endColumn;

    /// <summary>Where the item was read from, for diagnostics.</summary>
    public SourceLocation? Source
    {
        get => file is null ? null : new SourceLocation(file, line, column, endLine, endColumn);
        init => (file, line, column, endLine, endColumn) = value is null ? (null, 0, 0, 0, 0) : (value.File, value.Line, value.Column, value.EndLine, value.EndColumn);
    }
}
