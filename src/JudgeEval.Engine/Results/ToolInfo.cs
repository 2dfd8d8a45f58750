using System.Reflection;

namespace JudgeEval.Engine.Results;

public sealed record ToolInfo(string Name, string Version, string? CatalogVersion)
{
    /// <summary>This engine's version, without the source revision suffix.</summary>
    public static string EngineVersion { get; } =
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    public static ToolInfo Of(string? catalogVersion) => new("judgeeval", EngineVersion, catalogVersion);
}
