namespace JudgeEval.Engine.Statistics.Correlation;

/// <summary>The average rank of each of a few distinct values.</summary>
public sealed class RanksByValue
{
    readonly ValueSlots slots;
    readonly double[] ranks;

    internal RanksByValue(ValueSlots slots, double[] ranks) => (this.slots, this.ranks) = (slots, ranks);

    /// <summary>The rank of <paramref name="value"/>, one of the values ranked.</summary>
    public double Of(double value)
    {
        var c = slots.Find(value);
        return c >= 0 ? ranks[c] : throw new ArgumentOutOfRangeException(nameof(value), value, "Not a ranked value.");
    }
}
