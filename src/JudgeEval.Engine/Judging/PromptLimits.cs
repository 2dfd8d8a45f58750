using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.IO;

namespace JudgeEval.Engine.Judging;

/// <summary>A prompt template file is read whole, so it is held to the manifest's own size limit.</summary>
internal static class PromptLimits
{
    public static readonly DiagnosticDescriptor TooLarge = new(
        "JE9031", "Prompt template too large", Severity.Error,
        "A judge's `prompt` names a template file larger than 1 MiB (1,048,576 bytes), or one that is not a regular file. A rubric is a page of text sent with every call; the file is not read.",
        "Point `prompt` at the rubric template itself and keep it short; item text is filled in through {{text}} and {{query}}.");

    /// <summary>Null when the template file may be read whole.</summary>
    public static Diagnostic? Refuse(string path, SourceLocation? at)
    {
        if (InputFile.NotRegular(path) is { } what)
        {
            return TooLarge.Create($"Prompt template '{path}' is {what}; only a regular file is read.", at);
        }

        var length = InputFile.Length(path);
        return length > Manifest.ManifestLimits.MaxBytes
            ? TooLarge.Create($"Prompt template '{path}' has {InputFile.Size(length)}, more than the {InputFile.Size(Manifest.ManifestLimits.MaxBytes)} a template may have.", at)
            : null;
    }
}
