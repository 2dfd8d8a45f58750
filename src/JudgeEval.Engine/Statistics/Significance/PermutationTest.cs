namespace JudgeEval.Engine.Statistics.Significance;

/// <summary>
/// Two-sided two-sample permutation test of equal means: the share of reassignments of the pooled values to groups of
/// the same sizes whose |mean(a) - mean(b)| reaches the observed one. Exact (every reassignment) when there are at most
/// <see cref="ExactLimit"/> of them, else Monte Carlo with a seeded generator and p = (hits + 1) / (permutations + 1),
/// so it is never 0. NaN when either group is empty.
/// </summary>
public static class PermutationTest
{
    public const int ExactLimit = 20_000;

    public const int MonteCarloPermutations = 10_000;

    public static double PValue(IReadOnlyList<double> a, IReadOnlyList<double> b, int seed)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count == 0 || b.Count == 0)
        {
            return double.NaN;
        }

        double[] pooled = [.. a, .. b];
        var total = pooled.Sum();
        var na = a.Count;
        // |mean(a) - mean(b)| grows with |sum(a) - na * total / n|, so compare group-a sums; a small tolerance keeps
        // floating-point noise from splitting ties with the observed value.
        var centre = na * total / pooled.Length;
        var observed = Math.Abs(a.Sum() - centre) - 1e-9;
        return Combinations(pooled.Length, na) <= ExactLimit
            ? Exact(pooled, na, centre, observed)
            : MonteCarlo(pooled, na, centre, observed, seed);
    }

    static double Exact(double[] pooled, int na, double centre, double observed)
    {
        var chosen = new int[na];
        for (var i = 0; i < na; i++)
        {
            chosen[i] = i;
        }

        long extreme = 0, count = 0;
        while (true)
        {
            var sum = 0.0;
            foreach (var i in chosen)
            {
                sum += pooled[i];
            }

            count++;
            extreme += Math.Abs(sum - centre) >= observed ? 1 : 0;

            // Next combination in lexicographic order.
            var k = na - 1;
            while (k >= 0 && chosen[k] == pooled.Length - na + k)
            {
                k--;
            }

            if (k < 0)
            {
                return (double)extreme / count;
            }

            chosen[k]++;
            for (var j = k + 1; j < na; j++)
            {
                chosen[j] = chosen[j - 1] + 1;
            }
        }
    }

    static double MonteCarlo(double[] pooled, int na, double centre, double observed, int seed)
    {
        var random = new Random(seed);
        var work = (double[])pooled.Clone();
        var hits = 0;
        for (var p = 0; p < MonteCarloPermutations; p++)
        {
            // A partial Fisher-Yates shuffle: the first na places are a uniform random group a.
            var sum = 0.0;
            for (var i = 0; i < na; i++)
            {
                var j = random.Next(i, work.Length);
                (work[i], work[j]) = (work[j], work[i]);
                sum += work[i];
            }

            hits += Math.Abs(sum - centre) >= observed ? 1 : 0;
        }

        return (hits + 1.0) / (MonteCarloPermutations + 1.0);
    }

    /// <summary>n choose k, saturating above the exact limit.</summary>
    static double Combinations(int n, int k)
    {
        var c = 1.0;
        for (var i = 1; i <= Math.Min(k, n - k); i++)
        {
            c = c * (n - k + i) / i;
            if (c > ExactLimit)
            {
                return double.PositiveInfinity;
            }
        }

        return c;
    }
}
