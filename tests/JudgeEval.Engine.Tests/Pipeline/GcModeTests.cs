using System.Runtime;
using JudgeEval.Engine.Pipeline;

namespace JudgeEval.Engine.Tests.Pipeline;

/// <summary>The run command's GC latency modes nest and restore; the mode is process-wide, so nothing runs beside these.</summary>
[Collection(nameof(GcModeTests))]
[CollectionDefinition(nameof(GcModeTests), DisableParallelization = true)]
public sealed class GcModeTests
{
    [Fact]
    public void Live_judging_inside_a_batch_run_gets_background_collections_and_the_run_gets_batch_back()
    {
        var before = GCSettings.LatencyMode;
        using (GcMode.Batch())
        {
            Assert.Equal(GCLatencyMode.Batch, GCSettings.LatencyMode);
            using (GcMode.Interactive())
            {
                Assert.Equal(GCLatencyMode.Interactive, GCSettings.LatencyMode);
            }

            Assert.Equal(GCLatencyMode.Batch, GCSettings.LatencyMode);
        }

        Assert.Equal(before, GCSettings.LatencyMode);
    }
}
