namespace JudgeEval.Tasks;

/// <summary>Which `dotnet` runs the engine: the one running this build (DOTNET_HOST_PATH, set by the .NET SDK), else PATH's.</summary>
public static class DotnetHost
{
    public const string FallbackName = "dotnet";

    public static string Resolve(string? dotnetHostPath) =>
        string.IsNullOrWhiteSpace(dotnetHostPath) ? FallbackName : dotnetHostPath!.Trim();
}
