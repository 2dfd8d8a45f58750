using JudgeEval.Engine.Labelling.Server;

namespace JudgeEval.Engine.Tests.Labelling;

public class AccessTokenTests
{
    [Fact]
    public void Tokens_are_32_random_bytes_in_base64url()
    {
        var tokens = Enumerable.Range(0, 100).Select(_ => AccessToken.Create().Value).ToList();

        Assert.All(tokens, t => Assert.Matches("^[A-Za-z0-9_-]{43}$", t));
        Assert.Equal(tokens.Count, tokens.Distinct().Count());
    }

    [Fact]
    public void Only_the_exact_token_matches()
    {
        var token = AccessToken.Create();

        Assert.True(token.Matches(token.Value));
        Assert.False(token.Matches(null));
        Assert.False(token.Matches(""));
        Assert.False(token.Matches(token.Value[..^1]));
        Assert.False(token.Matches(token.Value + "x"));
        Assert.False(token.Matches(new string([.. token.Value.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c))])));
        Assert.False(token.Matches(AccessToken.Create().Value));
    }
}
