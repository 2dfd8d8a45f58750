using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace JudgeEval.Tasks;

/// <summary>
/// A stable digest of the properties that change the engine's result (thresholds, offline, baseline, help base).
/// Written to a file only when it changes, so that file's timestamp is an input of the incremental target.
/// </summary>
public static class PropertyHash
{
    public static string Compute(IEnumerable<string> nameValues)
    {
        var text = new StringBuilder();
        foreach (var value in nameValues)
        {
            // Length-prefixed, so ("a", "bc") and ("ab", "c") differ.
            text.Append(value.Length).Append(':').Append(value).Append('\n');
        }

        using var sha = SHA256.Create();
        var digest = sha.ComputeHash(Encoding.UTF8.GetBytes(text.ToString()));
        var hex = new StringBuilder(digest.Length * 2);
        foreach (var b in digest)
        {
            hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }
}
