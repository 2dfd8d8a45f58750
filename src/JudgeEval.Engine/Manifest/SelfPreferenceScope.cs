namespace JudgeEval.Engine.Manifest;

/// <summary>Which producers count as the judge's "own" in the self-preference audit (`selfPreference.scope`).</summary>
public enum SelfPreferenceScope
{
    /// <summary>Only the judge's own model (the classic self-preference of the literature).</summary>
    Model,

    /// <summary>The judge's model and every model of its family (the default).</summary>
    Family,

    /// <summary>The family, and models the judge was fine-tuned or distilled from or that were fine-tuned or distilled from it.</summary>
    Lineage,
}
