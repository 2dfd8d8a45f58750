namespace JudgeEval.Engine.Labelling.Server;

/// <summary>What the guard looks at in a request, lifted out of HttpListener so the rules can be tested alone.</summary>
public sealed record RequestFacts(
    string Method,
    string Path,
    string? Host,
    string? Origin,
    string? FetchSite,
    string? ContentType,
    string? QueryToken,
    string? HeaderToken);
