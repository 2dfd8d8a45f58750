namespace JudgeEval.Engine.Catalog;

/// <summary>The catalog entry an id written by a user resolves to (null when none), with each step taken, for explanations.</summary>
public sealed record ModelResolution(string Query, ModelEntry? Entry, IReadOnlyList<string> Steps)
{
    public bool Found => Entry is not null;
}
