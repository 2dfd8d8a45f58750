namespace JudgeEval.Engine.Tests.Manifest;

/// <summary>The literal-secret check covers every string of an endpoint; URLs in messages are redacted.</summary>
public sealed class EndpointSecretTests : IDisposable
{
    const string Key = "sk-proj-abcdefghijklmnopqrstuvwxyz0123456789";

    readonly ManifestFolder folder = new();

    static string Endpoint(string settings) =>
        ManifestFolder.Minimal + "\n  - { id: live, model: gpt-4o, endpoint: e }\nendpoints:\n  - id: e\n" + settings;

    [Theory]
    [InlineData("    baseUrl: \"http://user:" + Key + "@api.example.com/v1\"\n", "baseUrl")]
    [InlineData("    baseUrl: \"https://api.example.com/v1?api-key=" + Key + "\"\n", "baseUrl")]
    [InlineData("    baseUrl: \"https://api.example.com/v1?x=" + Key + "\"\n", "baseUrl")]
    [InlineData("    baseUrl: \"https://api.example.com/v1?key=short\"\n", "baseUrl")]
    [InlineData("    baseUrl: https://api.example.com/v1\n    organization: " + Key + "\n", "organization")]
    public void A_credential_anywhere_in_an_endpoint_is_JE0020_and_never_shown(string settings, string key)
    {
        var d = folder.Error(Endpoint(settings), "JE0020");

        Assert.Contains("endpoints[0]." + key, d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("short", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Key[..8], d.ToCanonicalString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("    baseUrl: \"https://api.example.com/v1?api-version=2024-06-01\"\n    organization: org-Ab12Cd34Ef56Gh78Ij90Kl12\n")]
    [InlineData("    baseUrl: \"http://judge-user@127.0.0.1:9/v1\"\n")]
    public void Ordinary_settings_are_accepted(string settings) => folder.Valid(Endpoint(settings));

    [Fact]
    public void A_malformed_url_is_quoted_redacted()
    {
        var result = folder.Parse(Endpoint("    baseUrl: \"ftp://user:hunter2@host/v1?token=abc123\"\n"));

        Assert.Null(result.Manifest);
        Assert.Contains(result.Diagnostics, d => d.Code == "JE0020");
        Assert.Contains(result.Diagnostics, d => d.Code == "JE0009" && d.Message.Contains("'ftp://***@host/v1?token=***'", StringComparison.Ordinal));
        Assert.All(result.Diagnostics, d => Assert.DoesNotContain("hunter2", d.Message, StringComparison.Ordinal));
        Assert.All(result.Diagnostics, d => Assert.DoesNotContain("abc123", d.Message, StringComparison.Ordinal));
    }

    public void Dispose() => folder.Dispose();
}
