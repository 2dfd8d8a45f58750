using System.Runtime.Serialization;

namespace JudgeEval.Engine.Results;

/// <summary>The test behind a p-value; the names are the ones results.json and the report show.</summary>
public enum SignificanceTest
{
    [EnumMember(Value = "Welch t-test")]
    WelchT,

    [EnumMember(Value = "paired sign-flip permutation test")]
    PairedSignFlip,

    [EnumMember(Value = "two-sample permutation test")]
    TwoSamplePermutation,
}
