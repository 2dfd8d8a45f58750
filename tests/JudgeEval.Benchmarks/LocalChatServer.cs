using System.Net;
using System.Net.Sockets;
using System.Text;

namespace JudgeEval.Benchmarks;

/// <summary>
/// A minimal OpenAI-compatible chat completions server on 127.0.0.1 that answers every request with the same verdict
/// after a fixed latency, so a benchmark measures the client's throughput rather than a model's.
/// </summary>
public sealed class LocalChatServer : IDisposable
{
    static readonly byte[] Answer = Encoding.UTF8.GetBytes(
        """{"id":"chatcmpl-bench","object":"chat.completion","created":1700000000,"model":"bench","choices":[{"index":0,"message":{"role":"assistant","content":"{\"reasoning\":\"bench\",\"score\":2}"},"finish_reason":"stop","logprobs":null}],"usage":{"prompt_tokens":100,"completion_tokens":10,"total_tokens":110}}""");

    readonly HttpListener listener = new();
    readonly CancellationTokenSource stopping = new();
    readonly TimeSpan latency;
    readonly Task loop;
    int served;

    public LocalChatServer(TimeSpan latency)
    {
        this.latency = latency;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        BaseUrl = $"http://127.0.0.1:{port}/v1";
        loop = Task.Run(AcceptAsync);
    }

    public string BaseUrl { get; }

    public int Served => Volatile.Read(ref served);

    async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                var context = await listener.GetContextAsync().ConfigureAwait(false);
                _ = Task.Run(() => ServeAsync(context));
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
        }
    }

    async Task ServeAsync(HttpListenerContext context)
    {
        try
        {
            using (var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8))
            {
                await reader.ReadToEndAsync().ConfigureAwait(false);
            }

            await Task.Delay(latency, stopping.Token).ConfigureAwait(false);
            Interlocked.Increment(ref served);
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = Answer.Length;
            await context.Response.OutputStream.WriteAsync(Answer).ConfigureAwait(false);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
            // Stopping.
        }
    }

    public void Dispose()
    {
        stopping.Cancel();
        listener.Stop();
        listener.Close();
        loop.Wait(TimeSpan.FromSeconds(5));
        stopping.Dispose();
    }
}
