using System.Text;
using System.Text.Json;

namespace JudgeEval.Engine.Judging;

/// <summary>
/// Reads a chat completion (the body of a live answer or of a batch output line) with a forward-only reader: the first
/// choice's text (string or text parts), refusal and finish reason, the usage and the model. Null when the body is
/// not JSON or has no first choice with a message.
/// </summary>
internal static class ChatResponseReader
{
    public static CachedAnswer? Read(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            return reader.Read() && reader.TokenType == JsonTokenType.StartObject ? Completion(ref reader) : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    /// <summary>The reader is on the completion's StartObject; it ends on the matching EndObject.</summary>
    public static CachedAnswer? Completion(ref Utf8JsonReader reader)
    {
        var answer = (CachedAnswer?)null;
        long input = 0, output = 0;
        string? model = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "choices" when reader.TokenType == JsonTokenType.StartArray:
                    answer = FirstChoice(ref reader);
                    break;
                case "usage" when reader.TokenType == JsonTokenType.StartObject:
                    (input, output) = Usage(ref reader);
                    break;
                case "model" when reader.TokenType == JsonTokenType.String:
                    model = reader.GetString();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return answer is null ? null : answer with { InputTokens = input, OutputTokens = output, Model = model };
    }

    /// <summary>"stop" → "Stop": the names the SDK's finish reasons had, which cached answers keep.</summary>
    public static string? FinishReason(string? wire) => wire switch
    {
        "stop" => "Stop",
        "length" => "Length",
        "content_filter" => "ContentFilter",
        "tool_calls" => "ToolCalls",
        "function_call" => "FunctionCall",
        _ => wire,
    };

    static CachedAnswer? FirstChoice(ref Utf8JsonReader reader)
    {
        CachedAnswer? first = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (first is null && reader.TokenType == JsonTokenType.StartObject)
            {
                first = Choice(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return first;
    }

    static CachedAnswer? Choice(ref Utf8JsonReader reader)
    {
        string? content = null, refusal = null, finish = null;
        var hasMessage = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (name == "message" && reader.TokenType == JsonTokenType.StartObject)
            {
                hasMessage = true;
                (content, refusal) = Message(ref reader);
            }
            else if (name == "finish_reason" && reader.TokenType == JsonTokenType.String)
            {
                finish = FinishReason(reader.GetString());
            }
            else
            {
                reader.Skip();
            }
        }

        return hasMessage ? new CachedAnswer { Key = string.Empty, Content = content, Refusal = refusal, FinishReason = finish } : null;
    }

    static (string? Content, string? Refusal) Message(ref Utf8JsonReader reader)
    {
        string? content = null, refusal = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (name == "content" && reader.TokenType == JsonTokenType.String)
            {
                content = reader.GetString();
            }
            else if (name == "content" && reader.TokenType == JsonTokenType.StartArray)
            {
                content = TextParts(ref reader);
            }
            else if (name == "refusal" && reader.TokenType == JsonTokenType.String)
            {
                refusal = reader.GetString();
            }
            else
            {
                reader.Skip();
            }
        }

        return (content, refusal);
    }

    static string TextParts(ref Utf8JsonReader reader)
    {
        var text = new StringBuilder();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                if (name == "text" && reader.TokenType == JsonTokenType.String)
                {
                    text.Append(reader.GetString());
                }
                else
                {
                    reader.Skip();
                }
            }
        }

        return text.ToString();
    }

    static (long Input, long Output) Usage(ref Utf8JsonReader reader)
    {
        long input = 0, output = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (name == "prompt_tokens" && reader.TokenType == JsonTokenType.Number)
            {
                input = reader.GetInt64();
            }
            else if (name == "completion_tokens" && reader.TokenType == JsonTokenType.Number)
            {
                output = reader.GetInt64();
            }
            else
            {
                reader.Skip();
            }
        }

        return (input, output);
    }
}
