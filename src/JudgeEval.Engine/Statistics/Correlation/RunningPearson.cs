namespace JudgeEval.Engine.Statistics.Correlation;

/// <summary>
/// Pearson's r accumulated pair by pair, with the one-pass recurrence for the means, variances and co-moment that
/// MathNet.Numerics' Correlation.Pearson uses, in the same order of operations: the same result to the bit (a test
/// checks it) without the two arrays MathNet reads.
/// </summary>
public sealed class RunningPearson
{
    int n;
    double meanX;
    double meanY;
    double varX;
    double varY;
    double comoment;

    public void Add(double x, double y)
    {
        var deltaX = x - meanX;
        var scaledX = deltaX / ++n;
        var deltaY = y - meanY;
        var scaledY = deltaY / n;
        meanX += scaledX;
        meanY += scaledY;
        varX += scaledX * deltaX * (n - 1);
        varY += scaledY * deltaY * (n - 1);
        comoment += deltaX * deltaY * (n - 1) / n;
    }

    /// <summary>r over the pairs added.</summary>
    public double Value => comoment / Math.Sqrt(varX * varY);
}
