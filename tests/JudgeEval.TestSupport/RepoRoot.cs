namespace JudgeEval.TestSupport;

/// <summary>The repository root, found from the test assembly's folder by looking for JudgeBuild.sln.</summary>
public static class RepoRoot
{
    /// <summary>Folders a pack of the sources needs none of.</summary>
    static readonly string[] NotSources = ["bin", "obj", ".git", "artifacts", "tests", "samples", "TestResults", ".vs"];

    public static string Path { get; } = Find();

    /// <summary>
    /// Copies the repository without build outputs, tests and samples to <paramref name="to"/>, so a pack from the copy
    /// never rewrites the bin/obj folders of the build that runs the tests.
    /// </summary>
    public static void CopySourcesTo(string to) => Copy(Path, to);

    static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, System.IO.Path.Combine(to, System.IO.Path.GetFileName(file)));
        }

        foreach (var dir in Directory.EnumerateDirectories(from).Where(d => !NotSources.Contains(System.IO.Path.GetFileName(d))))
        {
            Copy(dir, System.IO.Path.Combine(to, System.IO.Path.GetFileName(dir)));
        }
    }

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
