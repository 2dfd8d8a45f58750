namespace JudgeEval.Engine.Tests.Manifest;

/// <summary>A key written into the manifest is an error, and the message never repeats it.</summary>
public sealed class SecretTests : IDisposable
{
    readonly ManifestFolder folder = new();

    string Endpoint(string apiKeyEnv, string extra = "") =>
        ManifestFolder.Minimal + $"\nendpoints:\n  - id: e\n    baseUrl: https://api.example.com/v1\n    apiKeyEnv: {apiKeyEnv}\n{extra}";

    [Theory]
    [InlineData("sk-proj-abcdefghijklmnopqrstuvwxyz0123456789")]
    [InlineData("sk_live_abcdef0123")]
    [InlineData("\"my key value\"")]
    [InlineData("AKIAIOSFODNN7EXAMPLE")]
    [InlineData("aB3dE5gH7jK9mN1pQ3sT5vW7yZ9bC1dE3fG5")]
    public void Literal_key_in_apiKeyEnv_is_an_error_that_hides_the_value(string value)
    {
        var d = folder.Error(Endpoint(value), "JE0020");

        At.Is(13, 16, d.Location);
        Assert.DoesNotContain(value.Trim('"'), d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(value.Trim('"')[..6], d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("OPENAI_API_KEY")]
    [InlineData("openrouter_key")]
    [InlineData("_KEY2")]
    public void Variable_names_are_accepted(string name) =>
        Assert.Equal(name.Trim('"'), folder.Valid(Endpoint(name)).Endpoints[0].ApiKeyEnv);

    [Fact]
    public void Authorization_header_is_a_secret()
    {
        var d = folder.Error(Endpoint("OPENAI_API_KEY", "    headers:\n      Authorization: Bearer abc123secret\n"), "JE0020");

        At.Is(15, 22, d.Location);
        Assert.DoesNotContain("abc123secret", d.Message, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
