using System.Text.Json;

namespace JudgeEval.Engine.Data;

/// <summary>
/// One string per distinct id for a whole run: the item, label and judgment sources that name the same item share
/// one id string instead of holding one per row (9 judges x 1,000,000 rows held 10,000,000); names that repeat from
/// row to row (models, query ids, annotators) are kept once the same way. Safe for the sources
/// imported concurrently: a lookup of an id already present takes no lock (each snapshot of the table is immutable
/// once published, and an entry is complete before it is linked); adding a new id takes the lock.
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
    public string Intern(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Find(id, string.GetHashCode(id.AsSpan())) ?? Add(id.AsSpan(), id);
    }

    /// <summary>The shared string equal to <paramref name="id"/>, made only when the id is new.</summary>
    public string Intern(ReadOnlySpan<char> id) => Find(id, string.GetHashCode(id)) ?? Add(id, null);

    /// <summary>The shared string for the JSON string under <paramref name="reader"/> (unescaped), read without a string per row.</summary>
    public string Intern(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence || reader.ValueSpan.Length > SpanLimit)
        {
            return Intern(reader.GetString()!);
        }

        // Unescaped UTF-16 is never longer than the UTF-8 bytes it came from.
        Span<char> chars = stackalloc char[SpanLimit];
        return Intern(chars[..reader.CopyString(chars)]);
    }

    string? Find(ReadOnlySpan<char> id, int hash)
    {
        var snapshot = table;
        for (var e = Volatile.Read(ref snapshot.Buckets[Bucket(hash, snapshot)]) - 1; e >= 0; e = snapshot.Next[e])
        {
            if (snapshot.Hashes[e] == hash && id.SequenceEqual(snapshot.Values[e]))
            {
                return snapshot.Values[e];
            }
        }

        return null;
    }

    string Add(ReadOnlySpan<char> id, string? made)
    {
        var hash = string.GetHashCode(id);
        lock (gate)
        {
            if (Find(id, hash) is { } found)
            {
                return found;
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
            return value;
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
