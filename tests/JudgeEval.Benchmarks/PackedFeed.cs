using System.Globalization;
using JudgeEval.TestSupport;

namespace JudgeEval.Benchmarks;

/// <summary>
/// JudgeEval.Tasks (with the engine inside) packed with a unique prerelease version into a folder feed, from a copy of the
/// sources so the pack never rewrites the repository's bin/obj folders. Mirrors the end-to-end tests' PackagesFixture.
/// </summary>
sealed class PackedFeed
{
    PackedFeed(string root, string version)
    {
        Root = root;
        Version = version;
    }

    public string Root { get; }

    public string Feed => Path.Combine(Root, "feed");

    public string Version { get; }

    public static PackedFeed Create()
    {
        var root = Directory.CreateTempSubdirectory("je-noop-").FullName;
        var feed = new PackedFeed(root, "0.1.0-bench." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture));
        var source = Path.Combine(root, "src");
        RepoRoot.CopySourcesTo(source);
        var pack = Dotnet.Run(source, null, "pack", "src/JudgeEval.Tasks/JudgeEval.Tasks.csproj", "-c", "Release", "-o", feed.Feed, "-p:Version=" + feed.Version, "-nodeReuse:false", "-tl:off");
        return pack.ExitCode == 0 ? feed : throw new InvalidOperationException("packing JudgeEval.Tasks failed:\n" + pack);
    }
}
