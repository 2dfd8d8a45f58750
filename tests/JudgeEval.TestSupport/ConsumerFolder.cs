namespace JudgeEval.TestSupport;

/// <summary>A consumer project's folder, set up to restore on its own as a user's would.</summary>
public static class ConsumerFolder
{
    /// <summary>
    /// Writes a NuGet.Config (the local <paramref name="feed"/> when there is one, then nuget.org) and copies the
    /// repository's global.json into <paramref name="dir"/>.
    /// </summary>
    public static void WriteRestoreFiles(string dir, string? feed)
    {
        var local = feed is null ? "" : $"""<add key="local" value="{feed}" />""";
        File.WriteAllText(Path.Combine(dir, "NuGet.Config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                {local}
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        File.Copy(Path.Combine(RepoRoot.Path, "global.json"), Path.Combine(dir, "global.json"));
    }
}
