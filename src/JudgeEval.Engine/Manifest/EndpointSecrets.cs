using JudgeEval.Engine.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace JudgeEval.Engine.Manifest;

/// <summary>
/// The literal-secret check over every string of an endpoint, beyond `apiKeyEnv` and `headers` (which have their own):
/// its id, `organization` and any other text, and the base URL's user-info and query string. A credential
/// there is JE0020 at its node; the message shows the URL with user-info and query values redacted, never the value.
/// </summary>
internal static class EndpointSecrets
{
    /// <summary>Checked on their own terms; `prices` holds model ids, whose long mixed-case names would look random.</summary>
    static readonly string[] OwnChecks = ["apiKeyEnv", "headers", "baseUrl", "prices"];

    static readonly string[] KeyLikeParameters = ["key", "apikey", "api-key", "api_key", "token", "access_token", "accesstoken", "secret", "password", "pwd", "sig", "signature", "auth", "code", "x-api-key"];

    public static void Check(Section s)
    {
        foreach (var key in s.Keys.Where(k => !OwnChecks.Contains(k, StringComparer.Ordinal)))
        {
            if (s.Value(key) is { } node)
            {
                CheckStrings(s, key, node);
            }
        }

        if (s.Value("baseUrl") is YamlScalarNode { Value: { } url } urlNode && CarriesCredential(url))
        {
            s.Context.Report(
                ManifestDiagnostics.LiteralSecret,
                $"{s.Where("baseUrl")} carries a credential in its user-info or query string ('{UrlText.Redact(url)}'); the key comes from `apiKeyEnv` only.",
                urlNode);
        }
    }

    /// <summary>A password in the user-info, user-info shaped like a key, or a query parameter named like a key or holding one.</summary>
    public static bool CarriesCredential(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return UrlText.HasSecretParts(url);
        }

        var userInfo = Uri.UnescapeDataString(uri.UserInfo);
        if (userInfo.Contains(':', StringComparison.Ordinal) && userInfo[(userInfo.IndexOf(':', StringComparison.Ordinal) + 1)..].Length > 0
            || SecretCheck.LooksLikeCredential(userInfo))
        {
            return true;
        }

        return uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Any(p => KeyLikeParameters.Contains(Uri.UnescapeDataString(p[0]), StringComparer.OrdinalIgnoreCase)
                || (p.Length == 2 && SecretCheck.LooksLikeCredential(Uri.UnescapeDataString(p[1]))));
    }

    static void CheckStrings(Section s, string where, YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode { Value: { } text } scalar when SecretCheck.LooksLikeCredential(text):
                s.Context.Report(ManifestDiagnostics.LiteralSecret, $"{s.Where(where)} looks like a credential (its value is not shown); the key comes from `apiKeyEnv` only.", scalar);
                break;
            case YamlMappingNode mapping:
                foreach (var (k, v) in mapping.Children)
                {
                    CheckStrings(s, where, k);
                    CheckStrings(s, where + "." + (k as YamlScalarNode)?.Value, v);
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var child in sequence.Children)
                {
                    CheckStrings(s, where, child);
                }

                break;
        }
    }
}
