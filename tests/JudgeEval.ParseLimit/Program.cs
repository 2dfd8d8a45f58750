using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

// parse-limit [--threads N] PATH...: every *.jsonl file under each folder PATH, or the file PATH itself.
var threads = 2;
var paths = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--threads" && i + 1 < args.Length)
    {
        threads = int.Parse(args[++i], CultureInfo.InvariantCulture);
    }
    else
    {
        paths.Add(args[i]);
    }
}

var files = paths.SelectMany(p => Directory.Exists(p) ? Directory.GetFiles(p, "*.jsonl").Order(StringComparer.Ordinal) : (IEnumerable<string>)[p]).ToArray();
if (files.Length == 0 || threads < 1)
{
    Console.Error.WriteLine("usage: parse-limit [--threads N] FOLDER|FILE...");
    return 2;
}

var clock = Stopwatch.StartNew();
var chunks = files.SelectMany(Chunk.Split).ToArray();
var next = -1;
var totals = new Totals[threads];
var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
{
    var buffer = new byte[Chunk.Size + Chunk.MaxLine];
    int c;
    while ((c = Interlocked.Increment(ref next)) < chunks.Length)
    {
        totals[t] = totals[t].Add(chunks[c].Tokenise(buffer));
    }
})).ToArray();
foreach (var w in workers)
{
    w.Start();
}

foreach (var w in workers)
{
    w.Join();
}

var sum = totals.Aggregate(default(Totals), (a, b) => a.Add(b));
var seconds = clock.Elapsed.TotalSeconds;
Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"{files.Length} files, {sum.Bytes / 1e6:F1} MB, {sum.Lines:N0} lines, {sum.Tokens:N0} tokens on {threads} threads: {seconds:F3} s ({sum.Bytes / 1e6 / seconds:F0} MB/s)"));
return 0;

/// <summary>Lines, tokens and bytes tokenised.</summary>
readonly record struct Totals(long Bytes, long Lines, long Tokens)
{
    public Totals Add(Totals other) => new(Bytes + other.Bytes, Lines + other.Lines, Tokens + other.Tokens);
}

/// <summary>A byte range of a file that starts at a line start; it owns the lines that start inside it.</summary>
sealed record Chunk(string Path, long Start, long End)
{
    public const int Size = 4 << 20;
    public const int MaxLine = 1 << 20;

    public static IEnumerable<Chunk> Split(string path)
    {
        var length = new FileInfo(path).Length;
        for (long start = 0; start < length; start += Size)
        {
            yield return new Chunk(path, start, Math.Min(start + Size, length));
        }
    }

    /// <summary>Reads the range plus the tail of its last line, skips the head of a line begun before it, and tokenises each line.</summary>
    public Totals Tokenise(byte[] buffer)
    {
        using var handle = File.OpenHandle(Path);
        var read = 0;
        int n;
        while (read < buffer.Length && (n = RandomAccess.Read(handle, buffer.AsSpan(read), Start + read)) > 0)
        {
            read += n;
        }

        var data = buffer.AsSpan(0, read);
        var own = (int)(End - Start);
        var pos = 0;
        if (Start > 0)
        {
            // The line that straddles the start belongs to the previous chunk (unless the previous byte ends a line).
            Span<byte> previous = stackalloc byte[1];
            RandomAccess.Read(handle, previous, Start - 1);
            if (previous[0] != (byte)'\n')
            {
                pos = data.IndexOf((byte)'\n') + 1;
            }
        }

        long lines = 0, tokens = 0, bytes = 0;
        while (pos < own && pos < data.Length)
        {
            var end = data[pos..].IndexOf((byte)'\n');
            var line = end < 0 ? data[pos..] : data.Slice(pos, end);
            if (!line.IsEmpty)
            {
                var reader = new Utf8JsonReader(line);
                while (reader.Read())
                {
                    tokens++;
                }

                lines++;
            }

            bytes += line.Length + 1;
            pos += line.Length + 1;
        }

        return new Totals(bytes, lines, tokens);
    }
}
