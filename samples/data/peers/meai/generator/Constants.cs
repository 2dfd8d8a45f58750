// Stands in for the Constants.g.cs that the dotnet/extensions build generates (Directory.Build.targets).
namespace Microsoft.Extensions.AI.Evaluation.Reporting;

internal static class Constants
{
    public const string Version = "10.10.0";
}
