using System.Runtime.Serialization;

namespace JudgeEval.Engine.Results;

/// <summary>How a judge relates to the product model; the names are the ones results.json and the report show.</summary>
public enum ProductRelation
{
    [EnumMember(Value = "independent")]
    Independent,

    [EnumMember(Value = "same model")]
    SameModel,

    [EnumMember(Value = "same family")]
    SameFamily,

    [EnumMember(Value = "shared lineage")]
    SharedLineage,

    /// <summary>The judge or the product model is not in the catalog.</summary>
    [EnumMember(Value = "unknown")]
    Unknown,

    [EnumMember(Value = "no product model")]
    NoProduct,
}
