using System.Text.RegularExpressions;

namespace JudgeEval.Engine.Labelling;

/// <summary>
/// An annotator's name goes into every label row and into the default file name labels.&lt;annotator&gt;.jsonl, so it is
/// held to the manifest's id alphabet: no path separators, no dot-files, nothing a shell or a log would misread.
/// </summary>
public static partial class AnnotatorName
{
    public const int MaxLength = 64;

    /// <summary>Null when the name is usable, else why not.</summary>
    public static string? Problem(string name) =>
        Allowed().IsMatch(name) && name.Length <= MaxLength
            ? null
            : $"--annotator must be 1 to {MaxLength} letters, digits, '_', '.', '-' or '@', not starting with '.' or '-'";

    [GeneratedRegex(@"^[A-Za-z0-9_@][A-Za-z0-9_.@-]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex Allowed();
}
