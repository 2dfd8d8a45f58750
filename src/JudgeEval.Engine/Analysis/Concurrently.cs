using System.Runtime.ExceptionServices;

namespace JudgeEval.Engine.Analysis;

/// <summary>
/// Runs independent analyses on all cores. Each analysis is a pure function of the dataset and settings with its own
/// random stream (<c>new Random(seed)</c>), so the results are the same as one after the other, in the same order.
/// A failure surfaces as the analysis's own exception, not an AggregateException, so its report names it.
/// </summary>
public static class Concurrently
{
    /// <summary><paramref name="analyze"/> of each element, in the elements' order.</summary>
    public static TResult[] Map<TSource, TResult>(IReadOnlyList<TSource> sources, Func<TSource, TResult> analyze)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(analyze);
        var results = new TResult[sources.Count];
        try
        {
            Parallel.For(0, sources.Count, i => results[i] = analyze(sources[i]));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        return results;
    }

    /// <summary>Runs each action on all cores and returns once all have finished; a failure is the first action's own exception.</summary>
    public static void Run(IReadOnlyList<Action> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        Map(actions, action =>
        {
            action();
            return 0;
        });
    }

    /// <summary>Starts <paramref name="analyze"/> on the thread pool; read it with <see cref="Result{T}"/>.</summary>
    public static Task<T> Start<T>(Func<T> analyze) => Task.Run(analyze);

    /// <summary>The started analysis's result, its own exception if it failed.</summary>
    public static T Result<T>(Task<T> started)
    {
        ArgumentNullException.ThrowIfNull(started);
        return started.GetAwaiter().GetResult();
    }
}
