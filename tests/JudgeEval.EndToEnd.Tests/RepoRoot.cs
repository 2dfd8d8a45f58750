namespace JudgeEval.EndToEnd.Tests;

/// <summary>The repository root, found from the test assembly's folder by looking for JudgeBuild.sln.</summary>
static class RepoRoot
{
    public static string Path { get; } = Find();

    static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "JudgeBuild.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("JudgeBuild.sln not found above " + AppContext.BaseDirectory);
    }
}
