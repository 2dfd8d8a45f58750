namespace JudgeEval.Engine.Statistics.Resampling;

/// <summary>
/// Multinomial draws by sequential conditional binomials: cell j gets Binomial(remaining trials,
/// count_j / remaining count), so the result has exactly the distribution of n draws with p = counts / n.
/// </summary>
public static class Multinomial
{
    /// <summary>Draws sum(counts) trials over the cells with probabilities counts / sum(counts) into <paramref name="drawn"/>.</summary>
    public static void Draw(Random random, ReadOnlySpan<long> counts, Span<long> drawn)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (drawn.Length != counts.Length)
        {
            throw new ArgumentException("The output must have one slot per cell.", nameof(drawn));
        }

        long remainingCount = 0;
        foreach (var count in counts)
        {
            if (count < 0)
            {
                throw new ArgumentException("Cell counts cannot be negative.", nameof(counts));
            }

            remainingCount += count;
        }

        var remainingTrials = remainingCount;
        for (var j = 0; j < counts.Length; j++)
        {
            if (counts[j] == 0 || remainingTrials == 0)
            {
                drawn[j] = 0;
                continue;
            }

            // Probabilities come from the integer counts at each step, so no rounding error accumulates.
            drawn[j] = counts[j] == remainingCount
                ? remainingTrials
                : BinomialSampler.Sample(random, remainingTrials, (double)counts[j] / remainingCount);
            remainingTrials -= drawn[j];
            remainingCount -= counts[j];
        }
    }
}
