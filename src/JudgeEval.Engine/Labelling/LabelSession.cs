using System.Globalization;
using JudgeEval.Engine.Data;
using JudgeEval.Engine.Manifest;

namespace JudgeEval.Engine.Labelling;

/// <summary>
/// The labelling queue behind the page, shared by every tab of one server. Each tab walks the selection in order,
/// skipping items this annotator has labelled (in the labels file or the manifest's other label sources), items
/// skipped in this session, and the item another active tab is showing, so two tabs never label the same item. Other
/// annotators' labels do not hide an item: the human ceiling needs several annotators on the same items. The page only
/// ever names the item it is on; the server checks that, maps pairwise sides back to the pair's numbering, and writes
/// the row.
/// </summary>
public sealed class LabelSession
{
    /// <summary>How long a tab that stopped asking keeps its item reserved.</summary>
    static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    const string AlreadyYours = "You have already labelled this item (in another tab or session); labels are only ever appended. Nothing was saved.";

    readonly object gate = new();
    readonly LabelWorkspace ws;
    readonly TimeProvider time;
    readonly Dictionary<string, LabelClient> clients = new(StringComparer.Ordinal);
    readonly Dictionary<string, int> indexById = new(StringComparer.Ordinal);
    readonly Dictionary<int, int> positionInSelection = [];
    readonly HashSet<int> skipped = [];
    readonly Dictionary<int, string> saved = [];
    readonly int openAtStart;
    readonly int othersAtStart;

    public LabelSession(LabelWorkspace workspace, TimeProvider time)
    {
        ws = workspace;
        this.time = time;
        for (var i = 0; i < ws.Data.Items.Count; i++)
        {
            indexById.TryAdd(ws.Data.Items[i].Id, i);
        }

        for (var k = 0; k < ws.Selection.Count; k++)
        {
            positionInSelection.TryAdd(ws.Selection[k], k);
        }

        openAtStart = ws.Selection.Count(i => !IsMine(i));
        var everyone = AllLabels();
        othersAtStart = ws.Selection.Count(i => !IsMine(i) && everyone.IsLabelled(ws.Data.Items[i].Id));
    }

    public LabelWorkspace Workspace => ws;

    /// <summary>Selected items without this annotator's label when the session started: what this session can label.</summary>
    public int OpenAtStart => openAtStart;

    /// <summary>Of <see cref="OpenAtStart"/>, the items another annotator (or an unnamed label) had already labelled.</summary>
    public int LabelledByOthersAtStart => othersAtStart;

    /// <summary>Rows this server wrote.</summary>
    public int SavedCount
    {
        get
        {
            lock (gate)
            {
                return saved.Count;
            }
        }
    }

    public LabelView Current(string clientId)
    {
        lock (gate)
        {
            ws.Store.Refresh();
            var client = Client(clientId);
            return client.Current is not null ? View(client) : Advance(client);
        }
    }

    public LabelView Next(string clientId)
    {
        lock (gate)
        {
            ws.Store.Refresh();
            return Advance(Client(clientId));
        }
    }

    public LabelView Back(string clientId)
    {
        lock (gate)
        {
            var client = Client(clientId);
            client.Position = Math.Max(0, Math.Min(client.Position, client.History.Count) - 1);
            return View(client);
        }
    }

    /// <summary>Leaves the item unlabelled for this session; the next session asks again.</summary>
    public LabelView Skip(string clientId, string itemId)
    {
        lock (gate)
        {
            var client = Client(clientId);
            if (client.Current is { } i && ws.Data.Items[i].Id == itemId && !IsMine(i))
            {
                skipped.Add(i);
            }

            ws.Store.Refresh();
            return Advance(client);
        }
    }

    public LabelOutcome Label(string clientId, string itemId, string choice)
    {
        lock (gate)
        {
            var client = Client(clientId);
            if (client.Current is not { } i || ws.Data.Items[i].Id != itemId)
            {
                return new LabelOutcome(null, null, "This page was showing another item; here is the current one. Nothing was saved.", View(client));
            }

            if (Value(itemId, choice) is not { } value)
            {
                return new LabelOutcome(null, null, $"'{choice}' is not one of this task's choices. Nothing was saved.", View(client));
            }

            ws.Store.Refresh();
            if (IsMine(i))
            {
                return new LabelOutcome(null, null, AlreadyYours, View(client));
            }

            var order = ws.Data.Scale.Kind == TaskKind.Pairwise ? PairOrders.For(ws.Seed, ws.Annotator, itemId) : (PairOrder?)null;
            var row = new LabelRow(itemId, value, ws.Annotator, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), order);
            try
            {
                if (!ws.Store.Append(row, ws.Data.Scale.Kind))
                {
                    return new LabelOutcome(null, null, AlreadyYours, View(client));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return new LabelOutcome(null, null, $"{LabelDiagnostics.LabelsFileUnusable.Code}: the label could not be written to '{ws.Store.Path}': {e.Message}", View(client));
            }

            saved[i] = choice;
            skipped.Remove(i);
            return new LabelOutcome(itemId, choice, null, Advance(client));
        }
    }

    /// <summary>The judges' verdicts on an item, only once this annotator has labelled it (the page is blind until then).</summary>
    public JudgesView? Judges(string clientId, string itemId)
    {
        lock (gate)
        {
            Client(clientId);
            if (!indexById.TryGetValue(itemId, out var i) || !IsMine(i))
            {
                return null;
            }

            return JudgeReveal.Describe(ws, i, saved.GetValueOrDefault(i));
        }
    }

    LabelClient Client(string id)
    {
        if (!clients.TryGetValue(id, out var client))
        {
            clients[id] = client = new LabelClient();
        }

        client.LastSeen = time.GetUtcNow();
        return client;
    }

    LabelView Advance(LabelClient client)
    {
        if (client.Position < client.History.Count - 1)
        {
            client.Position++;
        }
        else if (Pick(client) is { } next)
        {
            client.Show(next);
        }
        else
        {
            client.Position = client.History.Count;
        }

        return View(client);
    }

    int? Pick(LabelClient client)
    {
        var now = time.GetUtcNow();
        var reserved = clients.Values
            .Where(c => !ReferenceEquals(c, client) && now - c.LastSeen < Lease && c.Current is not null)
            .Select(c => c.Current!.Value)
            .ToHashSet();
        foreach (var i in ws.Selection)
        {
            if (!IsMine(i) && !skipped.Contains(i) && !client.HasSeen(i) && !reserved.Contains(i))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>Labelled by this annotator, here or in the manifest's other label sources; an unnamed label is nobody's.</summary>
    bool IsMine(int i)
    {
        var id = ws.Data.Items[i].Id;
        return ws.LabelledElsewhere.HasLabelled(id, ws.Annotator) || ws.Store.HasLabelled(id, ws.Annotator);
    }

    /// <summary>Every label the next build reads: the manifest's other sources and the labels file.</summary>
    LabelledBy AllLabels() => LabelledBy.Union(ws.LabelledElsewhere, ws.Store.Labelled());

    /// <summary>The label on the scale, in the pair's original numbering; null for anything the page should not have sent.</summary>
    double? Value(string itemId, string choice)
    {
        var scale = ws.Data.Scale;
        if (scale.Kind == TaskKind.Pointwise)
        {
            return int.TryParse(choice, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var grade) && scale.Contains(grade) ? grade : null;
        }

        var swapped = PairOrders.For(ws.Seed, ws.Annotator, itemId) == PairOrder.Swapped;
        return choice switch
        {
            LabelRubrics.Left => swapped ? Preference.Second : Preference.First,
            LabelRubrics.Right => swapped ? Preference.First : Preference.Second,
            LabelRubrics.Tie => Preference.Tie,
            _ => null,
        };
    }

    LabelView View(LabelClient client)
    {
        var progress = Progress();
        if (client.Current is not { } i)
        {
            return new LabelView { Progress = progress, CanGoBack = client.History.Count > 0 };
        }

        var mine = IsMine(i);
        var state = mine ? LabelStates.Labelled : skipped.Contains(i) ? LabelStates.Skipped : LabelStates.Open;
        return new LabelView
        {
            Item = ItemView(i),
            State = state,
            Choice = saved.GetValueOrDefault(i),
            Mine = mine,
            CanGoBack = client.Position > 0,
            Progress = progress,
        };
    }

    LabelItemView ItemView(int i)
    {
        var item = ws.Data.Items[i];
        var number = positionInSelection[i] + 1;
        if (ws.Data.Scale.Kind == TaskKind.Pointwise)
        {
            return new LabelItemView(item.Id, number, item.Query, item.Text, null, null);
        }

        var swapped = PairOrders.For(ws.Seed, ws.Annotator, item.Id) == PairOrder.Swapped;
        return new LabelItemView(item.Id, number, item.Query, null, swapped ? item.TextB : item.Text, swapped ? item.Text : item.TextB);
    }

    LabelProgress Progress()
    {
        var everyone = AllLabels();
        var labelled = everyone.Ids.Where(ws.ItemIds.Contains).ToList();
        return new LabelProgress(
            saved.Count,
            openAtStart,
            ws.Selection.Count(IsMine),
            ws.Selection.Count,
            labelled.Count,
            (int)ws.Manifest.Thresholds.Value(ThresholdTable.MinCalibrationItems),
            ws.LabelsInManifest,
            labelled.Count(id => everyone.AnnotatorsOf(id) >= 2));
    }
}
