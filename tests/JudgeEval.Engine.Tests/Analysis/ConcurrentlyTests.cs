using JudgeEval.Engine.Analysis;

namespace JudgeEval.Engine.Tests.Analysis;

/// <summary>Work run on all cores comes back complete and in order, and a failure as its own exception, which callers catch by type.</summary>
public sealed class ConcurrentlyTests
{
    [Fact]
    public void Map_keeps_the_order_of_its_sources()
    {
        var squares = Concurrently.Map(Enumerable.Range(0, 1_000).ToList(), i => i * i);

        Assert.Equal(Enumerable.Range(0, 1_000).Select(i => i * i), squares);
    }

    [Fact]
    public void Run_returns_once_every_action_has_run()
    {
        var done = new bool[64];

        Concurrently.Run([.. Enumerable.Range(0, done.Length).Select(i => (Action)(() => done[i] = true))]);

        Assert.All(done, Assert.True);
    }

    [Fact]
    public void A_failing_action_throws_its_own_exception_not_an_aggregate()
    {
        Action[] actions = [() => { }, () => throw new IOException("disk full"), () => { }];

        var thrown = Assert.Throws<IOException>(() => Concurrently.Run(actions));

        Assert.Equal("disk full", thrown.Message);
    }
}
