namespace JudgeEval.Engine.Reporting.Results;

public sealed record ToolInfo(string Name, string Version, string? CatalogVersion);
