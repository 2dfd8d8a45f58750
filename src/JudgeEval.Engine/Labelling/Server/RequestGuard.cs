namespace JudgeEval.Engine.Labelling.Server;

/// <summary>
/// Decides whether a request may reach the session, before anything is read or written. The page is served only with
/// the token in its URL; every API call must carry the token in a header, come from the page's own origin and send JSON.
/// The Host header must name this server, so a DNS-rebound name cannot reach it; cross-origin POSTs are refused even
/// with a valid token.
/// </summary>
public sealed class RequestGuard(AccessToken token, int port)
{
    public const string TokenHeader = "X-JudgeEval-Token";
    public const string ApiPrefix = "/api/";

    readonly string host = "127.0.0.1:" + port;
    readonly string origin = "http://127.0.0.1:" + port;

    /// <summary>Null when the request may proceed, else the status and a short reason.</summary>
    public (int Status, string Reason)? Check(RequestFacts request)
    {
        if (!string.Equals(request.Host, host, StringComparison.OrdinalIgnoreCase))
        {
            return (403, "forbidden: this server answers only to " + host);
        }

        var api = request.Path.StartsWith(ApiPrefix, StringComparison.Ordinal);
        var presented = api ? request.HeaderToken : request.QueryToken ?? request.HeaderToken;
        if (!token.Matches(presented))
        {
            return (403, "forbidden: the token is missing or wrong; open the URL judgeeval label printed");
        }

        if (api)
        {
            if (request.Method != "POST")
            {
                return (405, "method not allowed: the API takes POST");
            }

            if ((request.Origin is { } from && !string.Equals(from, origin, StringComparison.OrdinalIgnoreCase))
                || (request.FetchSite is { } site && site != "same-origin"))
            {
                return (403, "forbidden: cross-origin requests are refused");
            }

            if (request.ContentType is null || !request.ContentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            {
                return (415, "unsupported media type: send application/json");
            }

            return null;
        }

        if (request.Path != "/")
        {
            return (404, "not found");
        }

        return request.Method is "GET" ? null : (405, "method not allowed: the page takes GET");
    }
}
