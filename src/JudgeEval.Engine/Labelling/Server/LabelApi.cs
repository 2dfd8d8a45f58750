using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace JudgeEval.Engine.Labelling.Server;

/// <summary>
/// The page's JSON calls, one per action, each naming the tab (`client`) and, where it acts on an item, the item
/// (`id`) it is showing. Bodies are untrusted: anything malformed is a 400 with a reason, never an exception.
/// </summary>
public sealed partial class LabelApi(LabelSession session)
{
    public const int MaxBody = 64 * 1024;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // Item text is untrusted; the default encoder escapes HTML-significant characters too.
        Encoder = JavaScriptEncoder.Default,
    };

    /// <summary>The status and the JSON body of the answer to `/api/{action}`.</summary>
    public (int Status, byte[] Body) Handle(string action, ReadOnlySpan<byte> body)
    {
        if (Read(body) is not { } request)
        {
            return Problem(400, "bad request: send a JSON object with a client id of 32 hex digits");
        }

        var (client, id, choice) = request;
        return action switch
        {
            "current" => Ok(session.Current(client)),
            "next" => Ok(session.Next(client)),
            "back" => Ok(session.Back(client)),
            "skip" when id is not null => Ok(session.Skip(client, id)),
            "label" when id is not null && choice is not null => Ok(session.Label(client, id, choice)),
            "judges" when id is not null => session.Judges(client, id) is { } judges
                ? Ok(judges)
                : Problem(403, "The judges are shown only for items you have labelled."),
            "skip" or "label" or "judges" => Problem(400, "bad request: this action needs the item's id" + (action == "label" ? " and a choice" : "")),
            _ => Problem(404, "not found: no such action"),
        };
    }

    public static (int Status, byte[] Body) Problem(int status, string message) =>
        (status, JsonSerializer.SerializeToUtf8Bytes(new { problem = message }, Json));

    static (int, byte[]) Ok<T>(T value) => (200, JsonSerializer.SerializeToUtf8Bytes(value, Json));

    static (string Client, string? Id, string? Choice)? Read(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Text(root, "client") is not { } client || !ClientId().IsMatch(client))
            {
                return null;
            }

            return (client, Text(root, "id"), Text(root, "choice"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [GeneratedRegex("^[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex ClientId();
}
