namespace JudgeEval.Engine.Manifest;

/// <summary>What the bootstrap resamples: single items, or whole queries (needs queryId).</summary>
public enum BootstrapUnit
{
    Item,

    Cluster,
}
