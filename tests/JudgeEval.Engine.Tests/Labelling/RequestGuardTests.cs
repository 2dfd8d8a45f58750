using JudgeEval.Engine.Labelling.Server;

namespace JudgeEval.Engine.Tests.Labelling;

/// <summary>The guard in front of the session: host, token, origin, method and content type.</summary>
public class RequestGuardTests
{
    const int Port = 40123;
    const string Host = "127.0.0.1:40123";
    const string Origin = "http://127.0.0.1:40123";

    static readonly AccessToken Token = AccessToken.Create();
    static readonly RequestGuard Guard = new(Token, Port);

    static RequestFacts Page(string? token = null, string host = Host) => new("GET", "/", host, null, "none", null, token ?? Token.Value, null);

    static RequestFacts Api(string? token = null, string? origin = Origin, string? site = "same-origin", string? type = "application/json", string method = "POST", string host = Host) =>
        new(method, "/api/label", host, origin, site, type, null, token ?? Token.Value);

    [Fact]
    public void The_page_with_its_token_and_an_api_call_from_the_page_pass()
    {
        Assert.Null(Guard.Check(Page()));
        Assert.Null(Guard.Check(Api()));
        Assert.Null(Guard.Check(Api(type: "application/json; charset=utf-8")));
        // Non-browser clients send neither Origin nor Sec-Fetch-Site.
        Assert.Null(Guard.Check(Api(origin: null, site: null)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("wrong")]
    public void A_missing_or_wrong_token_is_403_everywhere(string token)
    {
        Assert.Equal(403, Guard.Check(Page(token))?.Status);
        Assert.Equal(403, Guard.Check(Api(token))?.Status);
        Assert.Equal(403, Guard.Check(new RequestFacts("GET", "/favicon.ico", Host, null, null, null, null, null))?.Status);
        Assert.Equal(403, Guard.Check(new RequestFacts("GET", "/", Host, null, null, null, null, null))?.Status);
    }

    [Fact]
    public void The_api_does_not_take_the_token_from_the_url()
    {
        // A token in a URL can leak through history and logs; the API wants it in the header the page sets.
        Assert.Equal(403, Guard.Check(new RequestFacts("POST", "/api/label", Host, Origin, "same-origin", "application/json", Token.Value, null))?.Status);
    }

    [Theory]
    [InlineData("evil.example:40123")]
    [InlineData("localhost:40123")]
    [InlineData("127.0.0.1:40124")]
    [InlineData("127.0.0.1")]
    [InlineData(null)]
    public void Another_host_name_is_refused_even_with_the_token(string? host)
    {
        // A DNS-rebinding page reaches 127.0.0.1 under its own name; the Host header gives it away.
        Assert.Equal(403, Guard.Check(Page(host: host!))?.Status);
        Assert.Equal(403, Guard.Check(Api(host: host!))?.Status);
    }

    [Theory]
    [InlineData("http://evil.example", "cross-site")]
    [InlineData("null", "cross-site")]
    [InlineData("http://127.0.0.1:40124", "same-site")]
    [InlineData(Origin, "cross-site")]
    [InlineData("http://evil.example", null)]
    public void Cross_origin_posts_are_refused_even_with_the_token(string origin, string? site) =>
        Assert.Equal(403, Guard.Check(Api(origin: origin, site: site))?.Status);

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData(null)]
    public void Only_json_bodies_are_accepted(string? type) => Assert.Equal(415, Guard.Check(Api(type: type))?.Status);

    [Fact]
    public void Methods_and_paths_are_checked_after_the_token()
    {
        Assert.Equal(405, Guard.Check(Api(method: "GET"))?.Status);
        Assert.Equal(405, Guard.Check(Page() with { Method = "POST" })?.Status);
        Assert.Equal(404, Guard.Check(Page() with { Path = "/other" })?.Status);
    }
}
