using System.Text.RegularExpressions;

namespace JudgeEval.Engine.Manifest;

/// <summary>Recognises credentials written where only names belong. Messages about them never repeat the value.</summary>
internal static partial class SecretCheck
{
    static readonly string[] KeyPrefixes = ["sk-", "sk_", "pk-", "rk-", "ghp_", "gho_", "ghs_", "github_pat_", "glpat-", "xox", "AIza", "hf_", "AKIA", "ASIA", "Bearer ", "Basic "];

    static readonly string[] CredentialHeaders = ["Authorization", "Proxy-Authorization", "Api-Key", "X-Api-Key", "Cookie", "OpenAI-Api-Key", "X-Goog-Api-Key"];

    public static bool IsEnvironmentVariableName(string value) => EnvName().IsMatch(value);

    /// <summary>Not a plausible variable name, or shaped like a provider key (known prefix, or long mixed-case text with digits and no '_').</summary>
    public static bool LooksLikeKeyInsteadOfName(string value) =>
        !IsEnvironmentVariableName(value) || HasKeyPrefix(value) || LooksRandom(value);

    public static bool IsCredentialHeader(string name) => CredentialHeaders.Contains(name, StringComparer.OrdinalIgnoreCase);

    public static bool LooksLikeCredential(string value) => HasKeyPrefix(value.Trim()) || (value.Length >= 32 && LooksRandom(value));

    static bool HasKeyPrefix(string value) => KeyPrefixes.Any(p => value.StartsWith(p, StringComparison.Ordinal));

    static bool LooksRandom(string value) =>
        value.Length >= 32 && !value.Contains('_', StringComparison.Ordinal)
        && value.Any(char.IsLower) && value.Any(char.IsUpper) && value.Any(char.IsDigit);

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex EnvName();
}
