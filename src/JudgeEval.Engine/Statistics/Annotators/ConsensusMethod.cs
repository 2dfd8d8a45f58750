namespace JudgeEval.Engine.Statistics.Annotators;

/// <summary>How several annotators' labels of one item become its reference label.</summary>
public enum ConsensusMethod
{
    /// <summary>The middle value; with an even count, the mean of the two middle values.</summary>
    Median,

    /// <summary>The arithmetic mean.</summary>
    Mean,

    /// <summary>The most frequent value; a tie between values is settled by <see cref="Consensus.Of"/>'s rule.</summary>
    Majority,
}
