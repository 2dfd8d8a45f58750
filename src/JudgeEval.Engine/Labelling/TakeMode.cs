namespace JudgeEval.Engine.Labelling;

/// <summary>Which items `judgeeval label` asks about (`--take`).</summary>
public enum TakeMode
{
    /// <summary>The items the judges disagree on most, in the audit's review order (JE4002).</summary>
    Review,

    /// <summary>Equal shares of each verdict category of the judges' majority, seeded.</summary>
    Stratified,

    /// <summary>A seeded uniform draw.</summary>
    Random,
}
