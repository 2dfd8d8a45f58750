using JudgeEval.Tasks;

namespace JudgeEval.Tasks.Tests;

/// <summary>An engine that runs past JudgeEvalTimeout is stopped with its whole process tree and reported as JE0097.</summary>
public sealed class TimeoutTests : IDisposable
{
    readonly FakeEngine engine = new();

    public void Dispose() => engine.Dispose();

    [UnixFact("the fake engine is a POSIX shell script")]
    public void A_sleeping_engine_is_stopped_with_its_children_and_reported_as_JE0097()
    {
        // Long enough for a loaded machine to start the script and its child, far shorter than the child's 300 s sleep.
        var task = engine.Task(timeoutMilliseconds: 3_000);

        var ok = task.Execute();

        Assert.False(ok, string.Join("\n", engine.BuildEngine.Errors.Select(e => e.Code + ": " + e.Message)));
        var error = Assert.Single(engine.BuildEngine.Errors, e => e.Code.StartsWith("JE", StringComparison.Ordinal));
        Assert.True(error.Code == TaskCodes.EngineTimedOut, error.Code + ": " + error.Message);
        Assert.Equal(task.Manifest, error.File);
        Assert.Contains("JudgeEvalTimeout (3000 ms)", error.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(engine.PidFile), "the script was stopped before it started its child: raise the timeout");
        Assert.True(FakeEngine.EndsSoon(engine.WaitForChild()), "the engine's child process survived the timeout");
    }
}
