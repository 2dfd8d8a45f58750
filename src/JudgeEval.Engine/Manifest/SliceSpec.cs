using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Manifest;

/// <summary>An item field the judges are also audited by, value by value (`slices:`).</summary>
public enum SliceField
{
    /// <summary>The model that produced the item (pairwise: either output's).</summary>
    Model,

    /// <summary>The item's query or conversation.</summary>
    QueryId,

    /// <summary>The items' tags that start with `prefix:`; the value is the rest of the tag.</summary>
    Tag,
}

/// <summary>One entry of `slices:`: the field, the tag prefix for tags, the entry as written and where.</summary>
public sealed record SliceSpec(SliceField Field, string? Prefix, string Name, SourceLocation At);
