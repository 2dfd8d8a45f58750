namespace JudgeEval.Engine.Statistics.Ensembles;

/// <summary>How the members' verdicts on one item become the ensemble's verdict.</summary>
public enum EnsembleMethod
{
    Majority,
    Median,
    Mean,
    Weighted,
}
