namespace JudgeEval.Engine.Labelling;

/// <summary>
/// Which items have a human label and from whom. A row without an annotator is kept under "" and is nobody's: it
/// counts for the calibration but never as a named annotator's, just as the engine's join treats it as an annotator
/// of its own (JE0074 only for the same name twice).
/// </summary>
public sealed class LabelledBy
{
    readonly Dictionary<string, HashSet<string>> annotators = new(StringComparer.Ordinal);

    public IEnumerable<string> Ids => annotators.Keys;

    public void Add(string itemId, string? annotator)
    {
        if (!annotators.TryGetValue(itemId, out var names))
        {
            annotators[itemId] = names = new HashSet<string>(StringComparer.Ordinal);
        }

        names.Add(annotator ?? string.Empty);
    }

    public bool IsLabelled(string itemId) => annotators.ContainsKey(itemId);

    public bool HasLabelled(string itemId, string annotator) =>
        annotator.Length > 0 && annotators.TryGetValue(itemId, out var names) && names.Contains(annotator);

    /// <summary>How many distinct annotators labelled the item (an unnamed label counts as one, as the engine counts it).</summary>
    public int AnnotatorsOf(string itemId) => annotators.TryGetValue(itemId, out var names) ? names.Count : 0;

    public void Clear() => annotators.Clear();

    /// <summary>Every label of the parts in one new index: the view the build gets when it reads all label sources.</summary>
    public static LabelledBy Union(params LabelledBy[] parts)
    {
        var all = new LabelledBy();
        foreach (var (id, names) in parts.SelectMany(p => p.annotators))
        {
            foreach (var name in names)
            {
                all.Add(id, name);
            }
        }

        return all;
    }
}
