using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace JudgeEval.Engine.Tests.Reporting.Html.Browser;

/// <summary>
/// A minimal Chrome DevTools Protocol client over ClientWebSocket: commands with ids, events collected for later
/// assertions. One page target is attached in flat mode, so page commands carry its sessionId.
/// </summary>
sealed class DevToolsSession : IAsyncDisposable
{
    readonly ClientWebSocket socket = new();
    readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> pending = new();
    readonly ConcurrentQueue<JsonObject> events = new();
    readonly CancellationTokenSource stop = new();
    Task? pump;
    int nextId;

    public string? PageSession { get; private set; }

    public static async Task<DevToolsSession> OpenPageAsync(Uri browser, CancellationToken ct)
    {
        var session = new DevToolsSession();
        await session.socket.ConnectAsync(browser, ct);
        session.pump = Task.Run(session.PumpAsync, CancellationToken.None);
        var target = await session.SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, ct);
        var attached = await session.SendAsync("Target.attachToTarget", new JsonObject { ["targetId"] = target["targetId"]!.GetValue<string>(), ["flatten"] = true }, ct);
        session.PageSession = attached["sessionId"]!.GetValue<string>();
        return session;
    }

    public IEnumerable<JsonObject> Events(string method) =>
        events.Where(e => e["method"]?.GetValue<string>() == method && e["sessionId"]?.GetValue<string>() == PageSession);

    public Task<JsonObject> PageAsync(string method, JsonObject? parameters, CancellationToken ct) => SendAsync(method, parameters, ct, PageSession);

    public async Task<JsonObject> SendAsync(string method, JsonObject? parameters, CancellationToken ct, string? sessionId = null)
    {
        var id = Interlocked.Increment(ref nextId);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? [] };
        if (sessionId is not null)
        {
            message["sessionId"] = sessionId;
        }

        var reply = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = reply;
        await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, ct);
        var result = await reply.Task.WaitAsync(TimeSpan.FromSeconds(60), ct);
        return result["error"] is { } error
            ? throw new InvalidOperationException(method + " failed: " + error.ToJsonString())
            : result["result"]?.AsObject() ?? [];
    }

    /// <summary>Evaluates an expression in the page and returns its JSON value (awaiting promises).</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression, CancellationToken ct)
    {
        var result = await PageAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true }, ct);
        return result["exceptionDetails"] is { } ex ? throw new InvalidOperationException("evaluate threw: " + ex.ToJsonString()) : result["result"]?["value"]?.DeepClone();
    }

    public async Task WaitForEventAsync(string method, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        while (!Events(method).Any())
        {
            await Task.Delay(25, timeout.Token);
        }
    }

    async Task PumpAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (socket.State == WebSocketState.Open && !stop.IsCancellationRequested)
            {
                var chunk = await socket.ReceiveAsync(buffer, stop.Token);
                if (chunk.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                await message.WriteAsync(buffer.AsMemory(0, chunk.Count), stop.Token);
                if (!chunk.EndOfMessage)
                {
                    continue;
                }

                var node = JsonNode.Parse(message.ToArray())!.AsObject();
                message.SetLength(0);
                if (node["id"] is { } id && pending.TryRemove(id.GetValue<int>(), out var reply))
                {
                    reply.TrySetResult(node);
                }
                else
                {
                    events.Enqueue(node);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Disposal.
        }
        catch (WebSocketException)
        {
            // The browser went away; pending commands time out with their own message.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (pump is not null)
        {
            await pump.ConfigureAwait(false);
        }

        socket.Dispose();
        stop.Dispose();
    }
}
