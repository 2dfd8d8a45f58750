using JudgeEval.Engine.Statistics.Ensembles;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Manifest;

/// <summary>An ensemble of judges (`ensembles[]`); members are judge ids, at least two, distinct.</summary>
public sealed record EnsembleSpec(
    string Id,
    EnsembleMethod Method,
    IReadOnlyList<string> Members,
    EvenMedianRule EvenMedian,
    SourceLocation At,
    SourceLocation MethodAt,
    SourceLocation MembersAt)
{
    /// <summary>Where each member id was written, in <see cref="Members"/> order.</summary>
    public IReadOnlyList<SourceLocation> MemberAt { get; init; } = [];
}
