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
        var labelled = Enumerable.Range(0, data.Items.Count).Where(i => data.Human[i].HasValue).ToArray();
        if (labelled.Length == 0)
        {
            return null;
        }

        // Ordinal order of ids, ties (never in a joined dataset) by position, as a stable sort would leave them.
        var keyed = Array.ConvertAll(labelled, i => new SortKey(data.Items[i].Id, i));
        Array.Sort(keyed);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var labels = new Dictionary<long, byte[]>();
        var buffer = new byte[1 << 16];
        var used = 0;
        foreach (var (id, i) in keyed.Select(k => (k.Id, k.Position)))
        {
            var value = data.Human[i]!.Value;
            if (!labels.TryGetValue(BitConverter.DoubleToInt64Bits(value), out var label))
            {
                label = Encoding.UTF8.GetBytes("\t" + value.ToString("R", CultureInfo.InvariantCulture) + "\n");
                labels.Add(BitConverter.DoubleToInt64Bits(value), label);
            }

            if (used + Encoding.UTF8.GetMaxByteCount(id.Length) + label.Length > buffer.Length)
            {
                hash.AppendData(buffer, 0, used);
                used = 0;
                if (Encoding.UTF8.GetMaxByteCount(id.Length) + label.Length > buffer.Length)
                {
                    buffer = new byte[Encoding.UTF8.GetMaxByteCount(id.Length) + label.Length];
                }
            }

            used += Encoding.UTF8.GetBytes(id, buffer.AsSpan(used));
            label.CopyTo(buffer, used);
            used += label.Length;
        }

        hash.AppendData(buffer, 0, used);
        return Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant();
    }

    /// <summary>The newest date among the labels used, the day the label set last grew.</summary>
    public static DateOnly? NewestLabel(EvalDataset data) =>
        Enumerable.Range(0, data.Items.Count).Where(i => data.Human[i].HasValue && i < data.HumanLabeledOn.Length).Select(i => data.HumanLabeledOn[i]).Max();

    static string PromptId(LiveJudgeSpec live, string manifestDirectory) => live.IsBuiltInPrompt
        ? live.Prompt
        : Path.GetRelativePath(manifestDirectory, live.Prompt).Replace('\\', '/');

    /// <summary>
    /// An id with its first eight UTF-16 code units packed into two numbers, so most comparisons of a sort read no
    /// string: code units compare as numbers in ordinal order, and a shorter id pads with 0 (a tie then falls to the
    /// full ordinal comparison, which also settles the rest of the id). Ordered by id, then by position, the order a
    /// stable sort by id gives; comparable itself, so that the sort calls the comparison directly (inlined), not
    /// through a comparer interface, 20 million times at a million labels.
    /// </summary>
    readonly struct SortKey(string id, int position) : IComparable<SortKey>
    {
        public readonly ulong Head = Pack(id, 0);
        public readonly ulong Next = Pack(id, 4);

        public string Id { get; } = id;

        public int Position { get; } = position;

        static ulong Pack(string id, int from)
        {
            ulong packed = 0;
            for (var k = from; k < from + 4; k++)
            {
                packed = (packed << 16) | (k < id.Length ? id[k] : 0u);
            }

            return packed;
        }

        public int CompareTo(SortKey other) =>
            Head != other.Head ? Head.CompareTo(other.Head)
            : Next != other.Next ? Next.CompareTo(other.Next)
            : string.CompareOrdinal(Id, other.Id) is var c && c != 0 ? c
            : Position.CompareTo(other.Position);
    }
}
