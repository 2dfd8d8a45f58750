using System.Text;
using System.Text.Json;

namespace JudgeEval.Engine.Data;

/// <summary>
/// One string per distinct id for a whole run: the item, label and judgment sources that name the same item share
/// one id string instead of holding one per row (9 judges x 1,000,000 rows held 10,000,000); a source's other names
/// that repeat from row to row (models, query ids, annotators) are kept once the same way, in a table of their own.
/// Safe for the sources imported concurrently: a lookup of an id already present takes no lock (each snapshot of the
/// table is immutable once published, and an entry is complete before it is linked); adding a new id takes the lock.
/// Entries are numbered in the order ids were first seen, and the files of one eval list their ids in the same order,
/// so a reader that keeps a cursor (the entry after its previous id) finds the next id by comparing it in place: at a
/// million ids, hashing and probing the table reads four arrays and a string at random, which the processor cannot
/// prefetch.
/// </summary>
public sealed class IdTable
{
    /// <summary>Ids longer than this (in UTF-8 bytes) are read as strings first; real ids are far shorter.</summary>
    const int SpanLimit = 256;

    readonly object gate = new();
    volatile Snapshot table = new(64);

    /// <summary>The number of distinct ids.</summary>
    public int Count => table.Count;

    /// <summary>The shared string equal to <paramref name="id"/>.</summary>
    public string Intern(string id) => this[Entry(id)];

    /// <summary>The shared string equal to <paramref name="id"/>, made only when the id is new.</summary>
    public string Intern(ReadOnlySpan<char> id) => Lookup(id).Value;

    /// <summary>The shared string for the JSON string under <paramref name="reader"/> (unescaped), read without a string per row.</summary>
    public string Intern(ref Utf8JsonReader reader) => ReadEntry(ref reader).Value;

    /// <summary>The id of entry <paramref name="entry"/>, a number <see cref="Entry(string)"/> gave.</summary>
    public string this[int entry] => table.Values[entry];

    /// <summary>The entry number of <paramref name="id"/> (added when new): entries are numbered from 0 as ids are first seen.</summary>
    public int Entry(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var snapshot = table;
        var hash = string.GetHashCode(id.AsSpan());
        var e = Find(snapshot, id, hash);
        return e >= 0 ? e : Add(id.AsSpan(), id, hash).Entry;
    }

    /// <summary>
    /// The entry number of the JSON string under <paramref name="reader"/>, trying <paramref name="cursor"/> first
    /// (compared as ASCII bytes, without unescaping or hashing); <paramref name="cursor"/> moves to the entry after
    /// the one found.
    /// </summary>
    public int Entry(ref Utf8JsonReader reader, ref int cursor)
    {
        var snapshot = table;
        if ((uint)cursor < (uint)snapshot.Count && !reader.ValueIsEscaped && !reader.HasValueSequence
            && Ascii.Equals(reader.ValueSpan, snapshot.Values[cursor]))
        {
            return cursor++;
        }

        // A reader past the last entry is reading ids no file has named yet: it goes straight to adding (which looks
        // once more under the lock, in case another file added the id meanwhile).
        var entry = ReadEntry(ref reader, likelyNew: cursor >= snapshot.Count).Entry;
        cursor = entry + 1;
        return entry;
    }

    (string Value, int Entry) ReadEntry(ref Utf8JsonReader reader, bool likelyNew = false)
    {
        if (reader.HasValueSequence || reader.ValueSpan.Length > SpanLimit)
        {
            return Lookup(reader.GetString()!, likelyNew);
        }

        // Unescaped UTF-16 is never longer than the UTF-8 bytes it came from.
        Span<char> chars = stackalloc char[SpanLimit];
        return Lookup(chars[..reader.CopyString(chars)], likelyNew);
    }

    (string Value, int Entry) Lookup(ReadOnlySpan<char> id, bool likelyNew = false)
    {
        var hash = string.GetHashCode(id);
        var snapshot = table;
        var e = likelyNew ? -1 : Find(snapshot, id, hash);
        return e >= 0 ? (snapshot.Values[e], e) : Add(id, null, hash);
    }

    static int Find(Snapshot snapshot, ReadOnlySpan<char> id, int hash)
    {
        for (var e = Volatile.Read(ref snapshot.Buckets[Bucket(hash, snapshot)]) - 1; e >= 0; e = snapshot.Next[e])
        {
            if (snapshot.Hashes[e] == hash && id.SequenceEqual(snapshot.Values[e]))
            {
                return e;
            }
        }

        return -1;
    }

    (string Value, int Entry) Add(ReadOnlySpan<char> id, string? made, int hash)
    {
        lock (gate)
        {
            var found = Find(table, id, hash);
            if (found >= 0)
            {
                return (table.Values[found], found);
            }

            var snapshot = table;
            if (snapshot.Count == snapshot.Values.Length)
            {
                snapshot = snapshot.Grown();
                table = snapshot;
            }

            var value = made ?? id.ToString();
            var e = snapshot.Count;
            snapshot.Values[e] = value;
            snapshot.Hashes[e] = hash;
            ref var bucket = ref snapshot.Buckets[Bucket(hash, snapshot)];
            snapshot.Next[e] = bucket - 1;
            snapshot.Count = e + 1;
            Volatile.Write(ref bucket, e + 1);
            return (value, e);
        }
    }

    static int Bucket(int hash, Snapshot snapshot) => (int)((uint)hash & (uint)(snapshot.Buckets.Length - 1));

    /// <summary>Entries and buckets (entry + 1, 0 for none) of one capacity, a power of two; replaced, never resized.</summary>
    sealed class Snapshot(int capacity)
    {
        public readonly int[] Buckets = new int[capacity];
        public readonly int[] Next = new int[capacity];
        public readonly int[] Hashes = new int[capacity];
        public readonly string[] Values = new string[capacity];
        public volatile int Count;

        public Snapshot Grown()
        {
            var grown = new Snapshot(Values.Length * 2) { Count = Count };
            for (var e = 0; e < Count; e++)
            {
                grown.Values[e] = Values[e];
                grown.Hashes[e] = Hashes[e];
                ref var bucket = ref grown.Buckets[Bucket(Hashes[e], grown)];
                grown.Next[e] = bucket - 1;
                bucket = e + 1;
            }

            return grown;
        }
    }
}
