namespace JudgeEval.Engine.Results;

/// <summary>
/// What a judge's calibration against humans is valid for: one model version, one prompt and one label set. A change of
/// any of these since a baseline run is a finding (JE2031, JE2032).
/// </summary>
public sealed record CalibrationIdentity
{
    /// <summary>The model as the manifest names it.</summary>
    public required string Model { get; init; }

    /// <summary>The catalog id it resolved to; null when unknown.</summary>
    public string? ResolvedModel { get; init; }

    /// <summary>Live: the built-in prompt's name or the template's path relative to the manifest; recorded: null.</summary>
    public string? PromptId { get; init; }

    /// <summary>The manifest's `promptVersion`, else (live) the template's own version, name@hash.</summary>
    public string? PromptVersion { get; init; }

    /// <summary>Live: SHA-256 of the template text (lower-case hex); recorded: null.</summary>
    public string? PromptHash { get; init; }

    /// <summary>SHA-256 of the human labels the judge is measured against (item id and label, sorted by id); null without labels.</summary>
    public string? LabelsHash { get; init; }

    /// <summary>The newest label date among them; null when no date is known.</summary>
    public DateOnly? LabeledOn { get; init; }
}
