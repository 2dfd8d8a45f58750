using System.Globalization;

namespace JudgeEval.EndToEnd.Tests;

/// <summary>
/// Packs JudgeEval.Tasks, JudgeEval.Tool and JudgeEval.Templates once, with a unique prerelease version, into a local folder feed. The sources
/// are copied first so the pack never rewrites the bin/obj folders of the build that runs these tests.
/// </summary>
public sealed class PackagesFixture : IDisposable
{
    public PackagesFixture()
    {
        Root = Directory.CreateTempSubdirectory("je-e2e-").FullName;
        Feed = Path.Combine(Root, "feed");
        Packages = Path.Combine(Root, "packages");
        Version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var source = Path.Combine(Root, "src");
        RepoRoot.CopySourcesTo(source);
        foreach (var project in new[]
        {
            "src/JudgeEval.Tasks/JudgeEval.Tasks.csproj",
            "src/JudgeEval.Engine/JudgeEval.Engine.csproj",
            "src/JudgeEval.Templates/JudgeEval.Templates.csproj",
        })
        {
            // The engine's own dependencies restore from the user's packages folder: only the consumers need a fresh one.
            var pack = Dotnet.Run(source, null, "pack", project, "-c", "Release", "-o", Feed, "-p:Version=" + Version, "-nodeReuse:false", "-tl:off");
            if (pack.ExitCode != 0)
            {
                throw new InvalidOperationException($"packing {project} failed:\n{pack}");
            }
        }
    }

    public string Root { get; }

    public string Feed { get; }

    /// <summary>One NuGet packages folder for every consumer and the tool, so the packages are extracted once.</summary>
    public string Packages { get; }

    public string Version { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failing dispose would hide the tests' own results.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<PackagesFixture>
{
    public const string Name = "end-to-end";
}
