namespace JudgeEval.Engine.Data;

/// <summary>What the judges were asked to do.</summary>
public enum TaskKind
{
    /// <summary>Grade one output on an ordinal scale (e.g. relevance 0-3).</summary>
    Pointwise,

    /// <summary>Pick the better of two outputs; verdicts are <see cref="Preference"/> values.</summary>
    Pairwise,
}
