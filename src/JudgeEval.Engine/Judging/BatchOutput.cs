using System.Text.Json;

namespace JudgeEval.Engine.Judging;

/// <summary>
/// Reads a batch's output or error file (JSONL): per line the custom_id (the cache key) and either a response (status
/// code and a chat completion body) or an error (code, e.g. batch_expired). Lines of unknown keys and lines that are not
/// JSON are skipped.
/// </summary>
internal static class BatchOutput
{
    public static void Read(ReadOnlySpan<byte> jsonl, IReadOnlySet<string> known, IDictionary<string, CallResult> into)
    {
        while (!jsonl.IsEmpty)
        {
            var end = jsonl.IndexOf((byte)'\n');
            var line = end < 0 ? jsonl : jsonl[..end];
            jsonl = end < 0 ? [] : jsonl[(end + 1)..];
            if (Line(line) is ({ } key, { } result) && known.Contains(key))
            {
                // The answer a chat call could not bring home (AnswerSizeLimit) does not come in through a batch either.
                into[key] = line.Length > AnswerSizeLimit.MaxAnswerBytes && result.Answer is not null
                    ? CallResult.Failed(AnswerSizeLimit.Reason(AnswerSizeLimit.MaxAnswerBytes))
                    : result;
            }
        }
    }

    static (string? Key, CallResult? Result) Line(ReadOnlySpan<byte> line)
    {
        try
        {
            var reader = new Utf8JsonReader(line);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return (null, null);
            }

            string? key = null, error = null;
            var status = 0;
            CachedAnswer? answer = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "custom_id" when reader.TokenType == JsonTokenType.String: key = reader.GetString(); break;
                    case "response" when reader.TokenType == JsonTokenType.StartObject: (status, answer) = Response(ref reader); break;
                    case "error" when reader.TokenType == JsonTokenType.StartObject: error = ErrorCode(ref reader); break;
                    default: reader.Skip(); break;
                }
            }

            return (key, status == 200 && answer is not null ? CallResult.Answered(answer)
                : error is not null ? CallResult.Failed(Reason(error))
                : CallResult.Failed(status > 0 ? $"http {status}" : "malformed response"));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return (null, null);
        }
    }

    /// <summary>"batch_expired" → "batch expired"; other codes as "batch error: code".</summary>
    static string Reason(string code) => code switch
    {
        "batch_expired" => BatchReasons.Expired,
        "batch_cancelled" => BatchReasons.Cancelled,
        _ => "batch error: " + code,
    };

    static (int Status, CachedAnswer? Answer) Response(ref Utf8JsonReader reader)
    {
        var status = 0;
        CachedAnswer? answer = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (name == "status_code" && reader.TokenType == JsonTokenType.Number)
            {
                status = reader.GetInt32();
            }
            else if (name == "body" && reader.TokenType == JsonTokenType.StartObject)
            {
                answer = ChatResponseReader.Completion(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return (status, answer);
    }

    static string ErrorCode(ref Utf8JsonReader reader)
    {
        string? code = null, message = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (name == "code" && reader.TokenType == JsonTokenType.String)
            {
                code = reader.GetString();
            }
            else if (name == "message" && reader.TokenType == JsonTokenType.String)
            {
                message = reader.GetString();
            }
            else
            {
                reader.Skip();
            }
        }

        return code ?? message ?? "unknown";
    }
}
