using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace JudgeEval.TestSupport.Server;

/// <summary>
/// An OpenAI-compatible HTTP server on 127.0.0.1 (a free port) answering POST /v1/chat/completions from a script.
/// It counts requests in flight, so tests can check the client's concurrency bound, and stops itself on dispose.
/// </summary>
public sealed class FakeOpenAiServer : IDisposable
{
    readonly HttpListener listener;
    readonly Task loop;
    readonly CancellationTokenSource stopping = new();
    readonly ConcurrentQueue<ChatRequest> requests = new();
    readonly ConcurrentBag<Task> handlers = [];
    readonly Func<ChatRequest, int, ScriptedReply> script;
    int received;
    int inFlight;
    int maxInFlight;

    FakeOpenAiServer(HttpListener listener, int port, Func<ChatRequest, int, ScriptedReply> script)
    {
        this.listener = listener;
        this.script = script;
        BaseUrl = $"http://127.0.0.1:{port}/v1";
        loop = Task.Run(AcceptAsync);
    }

    public string BaseUrl { get; }

    public IReadOnlyList<ChatRequest> Requests => [.. requests];

    public int Count => Volatile.Read(ref received);

    public int MaxInFlight => Volatile.Read(ref maxInFlight);

    /// <summary>The script gets each request and its 1-based arrival number.</summary>
    public static FakeOpenAiServer Start(Func<ChatRequest, int, ScriptedReply> script)
    {
        // Bounded: a port taken between probing and binding is retried a few times.
        for (var attempt = 1; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return new FakeOpenAiServer(listener, port, script);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    public static FakeOpenAiServer Start(Func<ChatRequest, ScriptedReply> script) => Start((r, _) => script(r));

    async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            handlers.Add(Task.Run(() => HandleAsync(context)));
        }
    }

    async Task HandleAsync(HttpListenerContext context)
    {
        var now = Interlocked.Increment(ref inFlight);
        int seen;
        do
        {
            seen = Volatile.Read(ref maxInFlight);
        }
        while (now > seen && Interlocked.CompareExchange(ref maxInFlight, now, seen) != seen);

        try
        {
            string body;
            using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
            {
                body = await reader.ReadToEndAsync();
            }

            var headers = context.Request.Headers.AllKeys.OfType<string>().ToDictionary(k => k, k => context.Request.Headers[k] ?? string.Empty, StringComparer.OrdinalIgnoreCase);
            var request = new ChatRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, headers, body);
            requests.Enqueue(request);
            var reply = script(request, Interlocked.Increment(ref received));
            if (reply.Delay > TimeSpan.Zero)
            {
                await Task.Delay(reply.Delay, stopping.Token);
            }

            var bytes = Encoding.UTF8.GetBytes(reply.Body);
            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = "application/json";
            foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }

            if (reply.Chunked)
            {
                context.Response.SendChunked = true;
            }
            else
            {
                context.Response.ContentLength64 = bytes.Length;
            }

            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
            // The client gave up (a timeout test) or the server is stopping.
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }

    public void Dispose()
    {
        stopping.Cancel();
        listener.Stop();
        listener.Close();
        loop.Wait(TimeSpan.FromSeconds(5));
        Task.WaitAll([.. handlers], TimeSpan.FromSeconds(5));
        stopping.Dispose();
    }
}
