using JudgeEval.Engine.Manifest;

namespace JudgeEval.Engine.Results;

/// <summary>Which manifest produced the results; Path is as given on the command line.</summary>
public sealed record ManifestInfo(string Path, string? Name, string? ProductModel, string? ProductFamily, EvalPurpose Purpose);
