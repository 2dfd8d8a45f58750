using MathNet.Numerics;

namespace JudgeEval.Engine.Statistics.Resampling;

/// <summary>
/// log k! as MathNet's <c>GammaLn(k + 1)</c>, remembered. A cell bootstrap asks for the same few thousand values
/// millions of times (the binomial sampler's exact test), and each is two logarithms and fifteen divisions. The value
/// stored is the one MathNet returns, so every draw is the same to the bit. Shared by all threads: an entry is
/// written whole or not at all, and a missing one (0, which log 0! and log 1! also are) is simply computed again.
/// </summary>
public static class LogFactorial
{
    const int ChunkBits = 12;
    const int ChunkSize = 1 << ChunkBits;

    /// <summary>Up to 2^24 the values are kept, in chunks of 4,096 made as they are first needed (32 KB each).</summary>
    static readonly double[]?[] Chunks = new double[]?[1 << (24 - ChunkBits)];

    /// <summary>log k! for a whole k from 0 (any other argument is passed to GammaLn as it is).</summary>
    public static double Of(double k)
    {
        if (!(k >= 0 && k < (double)Chunks.Length * ChunkSize && k == Math.Floor(k)))
        {
            return SpecialFunctions.GammaLn(k + 1);
        }

        var index = (int)k;
        var chunk = Chunks[index >> ChunkBits] ?? Allocate(index >> ChunkBits);
        ref var slot = ref chunk[index & (ChunkSize - 1)];
        if (slot == 0)
        {
            slot = SpecialFunctions.GammaLn(k + 1);
        }

        return slot;
    }

    static double[] Allocate(int chunk)
    {
        Interlocked.CompareExchange(ref Chunks[chunk], new double[ChunkSize], null);
        return Chunks[chunk]!;
    }
}
