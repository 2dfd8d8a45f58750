using System.Security.Cryptography;
using System.Text;

namespace JudgeEval.Engine.Labelling.Server;

/// <summary>The session's secret: 32 random bytes, base64url, compared in constant time.</summary>
public sealed class AccessToken
{
    readonly byte[] expected;

    public AccessToken(string value)
    {
        Value = value;
        expected = Encoding.UTF8.GetBytes(value);
    }

    public string Value { get; }

    public static AccessToken Create() => new(Base64Url(RandomNumberGenerator.GetBytes(32)));

    /// <summary>Only the length can leak, and every token has the same length.</summary>
    public bool Matches(string? presented) =>
        presented is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), expected);

    static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
