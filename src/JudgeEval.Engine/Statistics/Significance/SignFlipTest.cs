namespace JudgeEval.Engine.Statistics.Significance;

/// <summary>
/// Two-sided paired sign-flip permutation test of a zero mean difference. Exact (all 2^n sign patterns) up to
/// n = 16, else Monte Carlo with a seeded generator; p = (hits + 1) / (permutations + 1) for Monte Carlo so it is never 0.
/// </summary>
public static class SignFlipTest
{
    public const int MonteCarloPermutations = 10_000;

    public static double PValue(IReadOnlyList<double> differences, int seed)
    {
        var n = differences.Count;
        if (n == 0)
        {
            return double.NaN;
        }

        // A small tolerance keeps floating-point noise from splitting ties with the observed sum.
        var observed = Math.Abs(differences.Sum()) - 1e-12;
        if (n <= 16)
        {
            var patterns = 1 << n;
            var extreme = 0;
            for (var mask = 0; mask < patterns; mask++)
            {
                extreme += Math.Abs(Sum(differences, bit => (mask & (1 << bit)) != 0)) >= observed ? 1 : 0;
            }

            return (double)extreme / patterns;
        }

        var random = new Random(seed);
        var hits = 0;
        for (var p = 0; p < MonteCarloPermutations; p++)
        {
            hits += Math.Abs(Sum(differences, _ => random.Next(2) == 0)) >= observed ? 1 : 0;
        }

        return (hits + 1.0) / (MonteCarloPermutations + 1.0);
    }

    static double Sum(IReadOnlyList<double> differences, Func<int, bool> flip)
    {
        double sum = 0;
        for (var i = 0; i < differences.Count; i++)
        {
            sum += flip(i) ? -differences[i] : differences[i];
        }

        return sum;
    }
}
