using JudgeEval.Engine.Statistics.Resampling;
using MathNet.Numerics;

namespace JudgeEval.Engine.Tests.Statistics.Resampling;

/// <summary>The remembered log k! is MathNet's GammaLn(k + 1) to the bit, first time and every time after, on any thread.</summary>
public sealed class LogFactorialTests
{
    public static TheoryData<double> Arguments => new()
    {
        0, 1, 2, 3, 9, 10, 4095, 4096, 4097, 99_999, 1_000_000, 16_777_215, // kept: chunk edges and the last slot
        16_777_216, 3_000_000_000, // beyond the table: computed each time
        2.5, -0.5, // not whole: computed, never read from a whole number's slot
    };

    [Theory]
    [MemberData(nameof(Arguments))]
    public void Equals_GammaLn_of_k_plus_one_to_the_bit(double k)
    {
        var expected = BitConverter.DoubleToInt64Bits(SpecialFunctions.GammaLn(k + 1));

        Assert.Equal(expected, BitConverter.DoubleToInt64Bits(LogFactorial.Of(k)));
        Assert.Equal(expected, BitConverter.DoubleToInt64Bits(LogFactorial.Of(k)));
    }

    [Fact]
    public void Threads_filling_the_same_entries_all_read_MathNet_values()
    {
        const int Count = 50_000;
        var start = 5_000_000; // a range no other test touches, so the entries start empty
        var mismatches = 0;
        Parallel.For(0, 8, _ =>
        {
            for (var k = start; k < start + Count; k++)
            {
                if (LogFactorial.Of(k) != SpecialFunctions.GammaLn(k + 1.0))
                {
                    Interlocked.Increment(ref mismatches);
                }
            }
        });

        Assert.Equal(0, mismatches);
    }
}
