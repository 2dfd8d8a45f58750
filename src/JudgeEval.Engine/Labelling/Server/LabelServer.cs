using System.Net;
using System.Net.Sockets;
using System.Text;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Labelling.Page;

namespace JudgeEval.Engine.Labelling.Server;

/// <summary>
/// Serves the labelling page and its API on 127.0.0.1 only (HttpListener bound to the loopback address, not a
/// wildcard), one request at a time: a person labels at human speed, and one at a time keeps the session simple.
/// </summary>
public sealed class LabelServer : IDisposable
{
    readonly HttpListener listener;
    readonly RequestGuard guard;
    readonly LabelApi api;
    readonly byte[] page;

    LabelServer(HttpListener listener, int port, AccessToken token, LabelSession session)
    {
        this.listener = listener;
        Port = port;
        Token = token;
        guard = new RequestGuard(token, port);
        api = new LabelApi(session);
        page = Encoding.UTF8.GetBytes(LabelPage.Render(session.Workspace));
    }

    public int Port { get; }

    public AccessToken Token { get; }

    public string Url => $"http://127.0.0.1:{Port}/?token={Token.Value}";

    /// <summary>Listens on <paramref name="port"/>, or on a free port the system picks when it is 0.</summary>
    public static (LabelServer? Server, Diagnostic? Problem) Start(LabelSession session, int port, AccessToken? token = null)
    {
        var attempts = port == 0 ? 5 : 1;
        Exception? last = null;
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            var chosen = port == 0 ? FreePort() : port;
            var listener = new HttpListener { IgnoreWriteExceptions = true };
            listener.Prefixes.Add($"http://127.0.0.1:{chosen}/");
            try
            {
                listener.Start();
                return (new LabelServer(listener, chosen, token ?? AccessToken.Create(), session), null);
            }
            catch (Exception e) when (e is HttpListenerException or SocketException or InvalidOperationException)
            {
                // A free port can be taken between the probe and the bind; with a port of our choosing, try another.
                last = e;
                listener.Close();
            }
        }

        var which = port == 0 ? "a free port" : $"port {port}";
        return (null, LabelDiagnostics.PortUnavailable.Create($"Cannot listen on 127.0.0.1 at {which}: {last?.Message}", null));
    }

    /// <summary>Answers requests until <paramref name="cancel"/> fires, then stops listening.</summary>
    public async Task RunAsync(CancellationToken cancel)
    {
        using var stop = cancel.Register(listener.Stop);
        while (!cancel.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                break;
            }

            await HandleAsync(context);
        }
    }

    public void Dispose() => listener.Close();

    async Task HandleAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var response = context.Response;
        try
        {
            var raw = request.RawUrl ?? "/";
            var query = raw.IndexOf('?', StringComparison.Ordinal);
            var path = query < 0 ? raw : raw[..query];
            var facts = new RequestFacts(
                request.HttpMethod,
                path,
                request.Headers["Host"],
                request.Headers["Origin"],
                request.Headers["Sec-Fetch-Site"],
                request.ContentType,
                query < 0 ? null : QueryValue(raw[(query + 1)..], "token"),
                request.Headers[RequestGuard.TokenHeader]);
            Secure(response);
            if (guard.Check(facts) is { } refused)
            {
                await WriteAsync(response, refused.Status, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(refused.Reason + "\n"));
            }
            else if (path.StartsWith(RequestGuard.ApiPrefix, StringComparison.Ordinal))
            {
                var (status, body) = await ReadBodyAsync(request) is { } bytes
                    ? Answer(path[RequestGuard.ApiPrefix.Length..], bytes)
                    : LabelApi.Problem(413, "request too large");
                await WriteAsync(response, status, "application/json; charset=utf-8", body);
            }
            else
            {
                response.Headers["Content-Security-Policy"] = LabelPagePolicy.Value;
                await WriteAsync(response, 200, "text/html; charset=utf-8", page);
            }
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The browser went away mid-answer; nothing to tell it.
        }
        finally
        {
            response.Close();
        }
    }

    (int Status, byte[] Body) Answer(string action, byte[] body)
    {
        try
        {
            return api.Handle(action, body);
        }
#pragma warning disable CA1031 // One failed request must not end a labelling session; the page shows the reason.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return LabelApi.Problem(500, $"internal error ({e.GetType().Name}: {e.Message}); labels saved so far are in the file");
        }
    }

    static void Secure(HttpListenerResponse response)
    {
        response.Headers["Cache-Control"] = "no-store";
        response.Headers["X-Content-Type-Options"] = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers["X-Frame-Options"] = "DENY";
        response.Headers["Cross-Origin-Resource-Policy"] = "same-origin";
        response.Headers["Cross-Origin-Opener-Policy"] = "same-origin";
    }

    static async Task WriteAsync(HttpListenerResponse response, int status, string contentType, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength64 = body.Length;
        await response.OutputStream.WriteAsync(body);
    }

    static async Task<byte[]?> ReadBodyAsync(HttpListenerRequest request)
    {
        if (request.ContentLength64 > LabelApi.MaxBody)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.InputStream.ReadAsync(chunk)) > 0)
        {
            await buffer.WriteAsync(chunk.AsMemory(0, read));
            if (buffer.Length > LabelApi.MaxBody)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    static string? QueryValue(string query, string name)
    {
        foreach (var pair in query.Split('&'))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && pair.AsSpan(0, eq).SequenceEqual(name))
            {
                return Uri.UnescapeDataString(pair[(eq + 1)..]);
            }
        }

        return null;
    }

    static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
