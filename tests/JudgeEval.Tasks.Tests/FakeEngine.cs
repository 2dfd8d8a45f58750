using System.Diagnostics;
using JudgeEval.Tasks;

namespace JudgeEval.Tasks.Tests;

/// <summary>
/// A stand-in for `dotnet judgeeval.dll`: a shell script, set as the task's tool, that starts a long `sleep` child, writes
/// the child's pid to a file and waits. Stopping the task must end the child too, not only the script.
/// </summary>
sealed class FakeEngine : IDisposable
{
    readonly string dir = Directory.CreateTempSubdirectory("je-fake-engine-").FullName;

    public FakeEngine()
    {
        var script = Path.Combine(dir, "fake-engine.sh");
        File.WriteAllText(script, $"#!/bin/sh\nsleep 300 &\necho $! > '{PidFile}.tmp'\nmv '{PidFile}.tmp' '{PidFile}'\nwait\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        File.WriteAllText(Path.Combine(dir, "judgeeval.dll"), "not an assembly: the script never reads it");
    }

    public string PidFile => Path.Combine(dir, "child.pid");

    public RecordingBuildEngine BuildEngine { get; } = new();

    public JudgeEvalTask Task(int timeoutMilliseconds = Timeout.Infinite) => new()
    {
        BuildEngine = BuildEngine,
        ToolPath = dir,
        ToolExe = "fake-engine.sh",
        EngineAssembly = Path.Combine(dir, "judgeeval.dll"),
        Manifest = Path.Combine(dir, "judgeeval.yaml"),
        OutputDirectory = dir,
        DiagnosticsFile = Path.Combine(dir, "diagnostics.tsv"),
        Timeout = timeoutMilliseconds,
    };

    /// <summary>The sleeping child's pid once the script has started it (the script renames the file into place whole).</summary>
    public int WaitForChild()
    {
        var clock = Stopwatch.StartNew();
        while (!File.Exists(PidFile))
        {
            if (clock.Elapsed > TimeSpan.FromMinutes(1))
            {
                throw new TimeoutException("the fake engine never started its child");
            }

            Thread.Sleep(20);
        }

        return int.Parse(File.ReadAllText(PidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Whether a process runs; a zombie (ended, not yet reaped by a container's init) counts as ended.</summary>
    public static bool IsRunning(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (OperatingSystem.IsLinux())
        {
            try
            {
                // The state follows the parenthesised command name: "pid (comm) S ...".
                var text = File.ReadAllText(stat);
                return text[(text.LastIndexOf(')') + 2)..][0] is not ('Z' or 'X');
            }
            catch (IOException)
            {
                return false;
            }
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>A killed process may take a moment to leave the process table.</summary>
    public static bool EndsSoon(int pid)
    {
        var clock = Stopwatch.StartNew();
        while (IsRunning(pid))
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(30))
            {
                return false;
            }

            Thread.Sleep(20);
        }

        return true;
    }

    public void Dispose()
    {
        if (File.Exists(PidFile) && int.TryParse(File.ReadAllText(PidFile).Trim(), out var pid) && IsRunning(pid))
        {
            // Only if a test failed: never leave the sleep behind.
            using var child = Process.GetProcessById(pid);
            child.Kill();
        }

        Directory.Delete(dir, recursive: true);
    }
}
