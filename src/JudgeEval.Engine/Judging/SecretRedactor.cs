namespace JudgeEval.Engine.Judging;

/// <summary>Removes the API keys in use from any text the engine emits (messages, raw answers, records), whatever echoed them.</summary>
public sealed class SecretRedactor(IEnumerable<string> secrets)
{
    public const string Mask = "***";

    readonly string[] secrets = [.. secrets.Where(s => s.Length >= 4).Distinct(StringComparer.Ordinal)];

    public string? Redact(string? text)
    {
        if (text is null)
        {
            return null;
        }

        foreach (var s in secrets)
        {
            text = text.Replace(s, Mask, StringComparison.Ordinal);
        }

        return text;
    }
}
