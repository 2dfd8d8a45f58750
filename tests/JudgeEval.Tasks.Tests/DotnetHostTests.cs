using JudgeEval.Tasks;

namespace JudgeEval.Tasks.Tests;

public class DotnetHostTests
{
    [Fact]
    public void The_sdks_host_wins_and_path_dotnet_is_the_fallback()
    {
        Assert.Equal("/usr/share/dotnet/dotnet", DotnetHost.Resolve("/usr/share/dotnet/dotnet"));
        Assert.Equal("dotnet", DotnetHost.Resolve(null));
        Assert.Equal("dotnet", DotnetHost.Resolve("  "));
    }
}
