namespace JudgeEval.Engine.Results;

/// <summary>The run history as this run saw it: the latest records of the history file, this run's own last.</summary>
public sealed record RunHistory
{
    /// <summary>At most this many records are kept here (and drawn); the file itself keeps every run.</summary>
    public const int Limit = 100;

    /// <summary>The history file as the manifest names it.</summary>
    public required string Path { get; init; }

    /// <summary>Readable records the file held before this run.</summary>
    public int Earlier { get; init; }

    /// <summary>The last <see cref="Limit"/> runs, oldest first; the last one is this run.</summary>
    public List<HistoryRun> Runs { get; init; } = [];
}
