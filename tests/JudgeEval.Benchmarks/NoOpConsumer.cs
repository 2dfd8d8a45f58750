using JudgeEval.TestSupport;

namespace JudgeEval.Benchmarks;

/// <summary>
/// A small library in its own folder (NuGet.Config, global.json, packages folder, a few source files), with or without a
/// PackageReference to JudgeEval.Tasks; everything else is the same, so the two builds differ only by the package.
/// </summary>
sealed class NoOpConsumer
{
    readonly string root;
    readonly string packages;

    NoOpConsumer(string root, string dir)
    {
        this.root = root;
        Dir = dir;
        packages = Path.Combine(root, "packages");
    }

    public string Dir { get; }

    public static NoOpConsumer Create(string root, string name, PackedFeed? feed)
    {
        var consumer = new NoOpConsumer(root, Directory.CreateDirectory(Path.Combine(root, "consumers", name)).FullName);
        ConsumerFolder.WriteRestoreFiles(consumer.Dir, feed?.Feed);
        var reference = feed is null ? "" : $"""<PackageReference Include="JudgeEval.Tasks" Version="{feed.Version}" PrivateAssets="all" />""";
        File.WriteAllText(Path.Combine(consumer.Dir, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <RestorePackagesPath>{consumer.packages}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                {reference}
              </ItemGroup>
            </Project>
            """);
        for (var i = 0; i < 5; i++)
        {
            File.WriteAllText(Path.Combine(consumer.Dir, $"Class{i}.cs"), $"namespace Consumer;\n\npublic static class Class{i}\n{{\n    public static int Twice(int x) => 2 * x + {i};\n}}\n");
        }

        return consumer;
    }

    public void RestoreAndBuild()
    {
        var build = Dotnet.Run(Dir, packages, "build", "-nodeReuse:false", "-tl:off");
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException("the first build failed:\n" + build);
        }
    }

    /// <summary>The measured operation; the exit code is returned so the run cannot be optimized away.</summary>
    public int NoOpBuild()
    {
        var build = Dotnet.Run(Dir, packages, "build", "--no-restore", "-nodeReuse:false", "-tl:off");
        return build.ExitCode == 0 ? 0 : throw new InvalidOperationException("a no-op build failed:\n" + build);
    }

    public void DeleteRoot()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failing cleanup would hide the benchmark's results.
        }
    }
}
