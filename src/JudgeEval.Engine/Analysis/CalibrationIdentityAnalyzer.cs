using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Judging;
using JudgeEval.Engine.Manifest;
using JudgeEval.Engine.Results;

namespace JudgeEval.Engine.Analysis;

/// <summary>
/// What one judge's calibration belongs to: the model (as named and as resolved), the prompt (live: the built-in name
/// or the template path relative to the manifest, its version and text hash; any judge: the manifest's `promptVersion`)
/// and the human labels (a hash of every item id and label, and the newest label date).
/// </summary>
public static class CalibrationIdentityAnalyzer
{
    public static CalibrationIdentity Analyze(JudgeSpec judge, string? resolvedModel, string manifestDirectory, string? labelsHash, DateOnly? labeledOn)
    {
        var prompt = judge.Live is { } live ? PromptTemplate.Identify(live.Prompt, manifestDirectory) : null;
        return new CalibrationIdentity
        {
            Model = judge.Model,
            ResolvedModel = resolvedModel,
            PromptId = judge.Live is { } l ? PromptId(l, manifestDirectory) : null,
            PromptVersion = judge.PromptVersion ?? prompt?.Version,
            PromptHash = prompt?.Hash,
            LabelsHash = labelsHash,
            LabeledOn = labeledOn,
        };
    }

    /// <summary>
    /// SHA-256 (lower-case hex) of "id TAB label LF" for every labelled item, ordered by id (ordinal), labels in
    /// round-trip invariant form; null without labels. Reordering the files changes nothing; any edited label does.
    /// </summary>
    public static string? LabelsHash(EvalDataset data)
    {
        var labelled = Enumerable.Range(0, data.Items.Count).Where(i => data.Human[i].HasValue).OrderBy(i => data.Items[i].Id, StringComparer.Ordinal).ToList();
        if (labelled.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var i in labelled)
        {
            text.Append(data.Items[i].Id).Append('\t').Append(data.Human[i]!.Value.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))).ToLowerInvariant();
    }

    /// <summary>The newest date among the labels used, the day the label set last grew.</summary>
    public static DateOnly? NewestLabel(EvalDataset data) =>
        Enumerable.Range(0, data.Items.Count).Where(i => data.Human[i].HasValue && i < data.HumanLabeledOn.Length).Select(i => data.HumanLabeledOn[i]).Max();

    static string PromptId(LiveJudgeSpec live, string manifestDirectory) => live.IsBuiltInPrompt
        ? live.Prompt
        : Path.GetRelativePath(manifestDirectory, live.Prompt).Replace('\\', '/');
}
