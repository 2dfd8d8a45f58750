using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace JudgeEval.Engine.Labelling;

/// <summary>
/// The side each pair is shown in: a coin flip per (seed, annotator, item) from SHA-256, so it cannot be predicted
/// from the data, differs between annotators (their position bias averages out) and stays put across reloads and resumed
/// sessions, which keeps "back" and the recorded order consistent.
/// </summary>
public static class PairOrders
{
    public static PairOrder For(int seed, string annotator, string itemId)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"{seed}\n{annotator}\n{itemId}");
        return (SHA256.HashData(Encoding.UTF8.GetBytes(key))[0] & 1) == 0 ? PairOrder.Original : PairOrder.Swapped;
    }
}
