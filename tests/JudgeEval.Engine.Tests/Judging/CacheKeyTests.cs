using JudgeEval.Engine.Judging;

namespace JudgeEval.Engine.Tests.Judging;

/// <summary>The key is a SHA-256 of a canonical JSON; every part of the request identity changes it.</summary>
public class CacheKeyTests
{
    static readonly CacheKeyInput Input = new("https://api.example.com/v1/", "gpt-4o", [new("system", "s"), new("user", "u \"q\"")], 0, 7, null, 0, "relevance@abc");

    [Fact]
    public void Canonical_json_is_fixed_and_hashed_with_sha256()
    {
        var e = CacheKey.Explain(Input);

        Assert.Equal(
            """{"baseUrl":"https://api.example.com/v1","model":"gpt-4o","messages":[{"role":"system","content":"s"},{"role":"user","content":"u \"q\""}],"parameters":{"temperature":0,"seed":7,"responseSchema":null,"sample":0},"templateVersion":"relevance@abc"}""",
            e.CanonicalJson);
        // Independent check: the hash is SHA-256 of the canonical JSON's UTF-8 bytes.
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(e.CanonicalJson))), e.Hash);
        Assert.Matches("^[0-9a-f]{64}$", e.Hash);
    }

    [Fact]
    public void A_trailing_slash_or_host_case_is_the_same_endpoint() =>
        Assert.Equal(CacheKey.Compute(Input), CacheKey.Compute(Input with { BaseUrl = "https://API.example.com/v1" }));

    [Fact]
    public void Each_part_of_the_identity_changes_the_key()
    {
        var variants = new[]
        {
            Input with { BaseUrl = "https://other.example.com/v1" },
            Input with { Model = "gpt-4o-mini" },
            Input with { Messages = [new("user", "u")] },
            Input with { Temperature = 0.7 },
            Input with { Seed = 8 },
            Input with { ResponseSchema = "{}" },
            Input with { Sample = 1 },
            Input with { TemplateVersion = "relevance@abd" },
        };

        Assert.Equal(variants.Length + 1, variants.Select(CacheKey.Compute).Append(CacheKey.Compute(Input)).Distinct().Count());
    }
}
