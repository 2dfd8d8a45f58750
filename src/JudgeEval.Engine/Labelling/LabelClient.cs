namespace JudgeEval.Engine.Labelling;

/// <summary>
/// One browser tab (its id lives in the tab's sessionStorage, so it survives reloads): the items it was shown, in order,
/// and where it is among them; <see cref="Position"/> equal to the count means "past the end" (nothing left).
/// </summary>
sealed class LabelClient
{
    readonly HashSet<int> seen = [];

    public List<int> History { get; } = [];

    public int Position { get; set; }

    public DateTimeOffset LastSeen { get; set; }

    public int? Current => Position >= 0 && Position < History.Count ? History[Position] : null;

    public bool HasSeen(int item) => seen.Contains(item);

    public void Show(int item)
    {
        History.Add(item);
        seen.Add(item);
        Position = History.Count - 1;
    }
}
