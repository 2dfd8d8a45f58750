using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace JudgeEval.Engine.Manifest;

/// <summary>
/// Walks the YAML's parse events (an iterative parser) before the recursive document loader sees them, so a manifest
/// of 40,000 nested `[` is a located error instead of a stack overflow that kills the build.
/// </summary>
internal static class NestingCheck
{
    /// <summary>Where nesting first exceeds <paramref name="maxDepth"/>, or null. Malformed YAML throws <see cref="YamlException"/>.</summary>
    public static Mark? FirstTooDeep(string yaml, int maxDepth)
    {
        using var reader = new StringReader(yaml);
        var parser = new Parser(reader);
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case MappingStart or SequenceStart when ++depth > maxDepth:
                    return parser.Current.Start;
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }

        return null;
    }
}
