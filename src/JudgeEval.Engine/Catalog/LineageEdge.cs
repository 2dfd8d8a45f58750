namespace JudgeEval.Engine.Catalog;

/// <summary>How a derived model depends on its source model.</summary>
public enum LineageEdge
{
    FineTunedFrom,
    DistilledFrom,
}
