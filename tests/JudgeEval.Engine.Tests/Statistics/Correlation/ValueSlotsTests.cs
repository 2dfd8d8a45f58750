using JudgeEval.Engine.Statistics.Correlation;

namespace JudgeEval.Engine.Tests.Statistics.Correlation;

/// <summary>Grades are found by index, other values by comparison; either way equal means ==.</summary>
public sealed class ValueSlotsTests
{
    [Fact]
    public void Grades_and_other_values_each_find_their_own_slot()
    {
        var slots = new ValueSlots();
        double[] added = [3, 0.5, 0.25, -1, 127.5, 128, 1e300];
        foreach (var v in added)
        {
            Assert.Equal(-1, slots.Find(v));
            slots.Add(v);
        }

        Assert.Equal([0, 1, 2, 3, 4, 5, 6], added.Select(slots.Find));
        Assert.Equal(-1, slots.Find(1));
        Assert.Equal(-1, slots.Find(0.75));
        Assert.Equal(-1, slots.Find(double.NaN));
    }

    [Fact]
    public void Zero_and_negative_zero_are_one_value()
    {
        var slots = new ValueSlots();
        slots.Add(-0.0);

        Assert.Equal(0, slots.Find(0.0));
    }
}
