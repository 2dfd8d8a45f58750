using JudgeEval.Tasks;

namespace JudgeEval.Tasks.Tests;

/// <summary>Cancelling the build (Ctrl+C: MSBuild calls ICancelableTask.Cancel) ends the engine's whole process tree.</summary>
public sealed class CancelTests : IDisposable
{
    readonly FakeEngine engine = new();

    public void Dispose() => engine.Dispose();

    [UnixFact("the fake engine is a POSIX shell script")]
    public async System.Threading.Tasks.Task Cancel_kills_the_engine_process_tree_without_a_crash_or_timeout_error()
    {
        var task = engine.Task();
        var run = System.Threading.Tasks.Task.Run(task.Execute);
        var child = engine.WaitForChild();
        Assert.True(FakeEngine.IsRunning(child));

        task.Cancel();

        // WaitAsync throws if Execute has not returned within the minute.
        Assert.False(await run.WaitAsync(TimeSpan.FromMinutes(1)));
        Assert.True(FakeEngine.EndsSoon(child), "the engine's child process survived the cancellation");
        Assert.DoesNotContain(engine.BuildEngine.Errors, e => e.Code is TaskCodes.EngineCrashed or TaskCodes.EngineTimedOut);
    }
}
