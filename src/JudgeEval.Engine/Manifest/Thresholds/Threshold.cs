using System.Globalization;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Manifest;

/// <summary>A gate value; <see cref="At"/> is its manifest node, or the `thresholds` key (else the manifest start) when unset.</summary>
public sealed record Threshold(double Value, SourceLocation At, bool IsSet)
{
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
