using System.Runtime.Serialization;

namespace JudgeEval.Engine.Results;

/// <summary>What a judge's and the humans' values in <see cref="LengthBias"/> measure.</summary>
public enum LengthMeasure
{
    /// <summary>Pointwise: mean score on the longest quartile of outputs minus mean score on the shortest quartile.</summary>
    [EnumMember(Value = "quartileGap")]
    QuartileGap,

    /// <summary>Pairwise: the rate of preferring the longer output (a tie counts one half), on pairs of unequal length.</summary>
    [EnumMember(Value = "longerPreferredRate")]
    LongerPreferredRate,
}
