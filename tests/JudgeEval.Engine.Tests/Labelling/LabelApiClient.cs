using System.Net.Http.Json;
using System.Text.Json.Nodes;
using JudgeEval.Engine.Labelling.Server;

namespace JudgeEval.Engine.Tests.Labelling;

/// <summary>Calls a running label server's API the way the page does (token header, JSON body, same origin).</summary>
public sealed class LabelApiClient(LabelRun run, string client) : IDisposable
{
    readonly HttpClient http = new();

    public async Task<JsonObject> CallAsync(string action, object? extra = null)
    {
        var body = new JsonObject { ["client"] = client };
        if (extra is not null)
        {
            foreach (var (key, value) in System.Text.Json.JsonSerializer.SerializeToNode(extra)!.AsObject())
            {
                body[key] = value?.DeepClone();
            }
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, run.Origin + "/api/" + action) { Content = JsonContent.Create(body) };
        request.Headers.Add(RequestGuard.TokenHeader, run.Token);
        using var response = await http.SendAsync(request);
        var json = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(response.IsSuccessStatusCode, $"{action}: {(int)response.StatusCode} {json.ToJsonString()}");
        return json;
    }

    public void Dispose() => http.Dispose();
}
