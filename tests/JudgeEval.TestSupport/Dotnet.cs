using System.Diagnostics;
using System.Text;

namespace JudgeEval.TestSupport;

public sealed record ProcessResult(int ExitCode, string Output)
{
    public override string ToString() => $"exit {ExitCode}\n{Output}";
}

/// <summary>
/// Runs the real `dotnet` as a user's shell would: no MSBuild server or node reuse, and none of the MSBuild variables the
/// test host inherited (they would point the child build at this build's MSBuild).
/// </summary>
public static class Dotnet
{
    static readonly string[] Cleared = ["MSBUILD_EXE_PATH", "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBuildLoadMicrosoftTargetsReadOnly", "MSBUILDNOINPROCNODE"];

    static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    /// <param name="packagesFolder">NUGET_PACKAGES for the child; null keeps the user's global packages folder.</param>
    public static ProcessResult Run(string workingDirectory, string? packagesFolder, params string[] args) =>
        Run(new Dictionary<string, string>(), workingDirectory, packagesFolder, args);

    /// <param name="environment">Variables set for the child on top of the inherited ones (a CI system's, say).</param>
    public static ProcessResult Run(IReadOnlyDictionary<string, string> environment, string workingDirectory, string? packagesFolder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in Cleared)
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "false";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        if (packagesFolder is not null)
        {
            start.Environment["NUGET_PACKAGES"] = packagesFolder;
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', args)} did not finish:\n{output}");
        }

        process.WaitForExit();
        lock (output)
        {
            return new ProcessResult(process.ExitCode, output.ToString());
        }
    }

    static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
