using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Statistics.Annotators;

namespace JudgeEval.Engine.Manifest;

/// <summary>
/// What the `humanLabels` sources say beside their file: `labeledOn`, and the settings of the labels as a whole
/// (`consensus`, `rounding`), which may be written on any of the sources but must agree.
/// </summary>
internal sealed class LabelSourceNotes
{
    public List<LabelDate> Dates { get; } = [];

    public List<(ConsensusMethod Value, SourceLocation At)> Consensus { get; } = [];

    public List<(LabelRounding Value, SourceLocation At)> Rounding { get; } = [];

    public const string ConsensusKey = "consensus";

    public const string RoundingKey = "rounding";

    public void Read(Section s)
    {
        if (s.Choice<ConsensusMethod>(ConsensusKey) is { } consensus)
        {
            Consensus.Add((consensus, s.ValueAt(ConsensusKey)));
        }

        if (s.Choice<LabelRounding>(RoundingKey) is { } rounding)
        {
            Rounding.Add((rounding, s.ValueAt(RoundingKey)));
        }
    }

    /// <summary>The one value the sources agree on; a second, different value is JE0021 at its node.</summary>
    public static (T? Value, SourceLocation? At) Agreed<T>(ManifestContext cx, List<(T Value, SourceLocation At)> written, string key)
        where T : struct, Enum
    {
        if (written.Count == 0)
        {
            return (null, null);
        }

        var (first, at) = written[0];
        foreach (var (other, otherAt) in written.Skip(1).Where(w => !w.Value.Equals(first)))
        {
            cx.Report(ManifestDiagnostics.Inconsistent, $"humanLabels: `{key}: {Scalars.Name(other)}` disagrees with `{key}: {Scalars.Name(first)}` on another label source; the labels are combined one way.", otherAt);
        }

        return (first, at);
    }
}
