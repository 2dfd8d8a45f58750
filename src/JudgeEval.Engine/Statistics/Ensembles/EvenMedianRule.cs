namespace JudgeEval.Engine.Statistics.Ensembles;

/// <summary>The median of an even number of votes: the lower or upper middle vote, or their midpoint (manifest `evenMedian`).</summary>
public enum EvenMedianRule
{
    Lower,

    Upper,

    Midpoint,
}
