using System.Diagnostics;
using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Labelling;

/// <summary>
/// The labels file: rows are only ever appended, one write and one flush to disk per row, and the file is never
/// rewritten. .NET's FileMode.Append seeks to the end once at open instead of appending atomically
/// (dotnet/runtime#53432), so two servers appending at once could overwrite each other's rows; every append therefore
/// opens the file exclusively (flock on Unix, a share lock on Windows), catches up on rows others wrote, writes at the
/// end, flushes and closes, so any number of `judgeeval label` processes keep every row.
/// </summary>
public sealed class LabelStore
{
    static readonly TimeSpan DefaultLockWait = TimeSpan.FromSeconds(10);

    readonly object gate = new();
    readonly LabelFileIndex index = new();
    readonly TimeSpan lockWait;
    long consumed;
    long lastLength = -1;

    public LabelStore(string path, TimeSpan? lockWait = null)
    {
        Path = System.IO.Path.GetFullPath(path);
        this.lockWait = lockWait ?? DefaultLockWait;
    }

    public string Path { get; }

    /// <summary>
    /// Checks that the file can be appended to, creating it when it is missing and <paramref name="create"/> is set;
    /// null when usable, else why not.
    /// </summary>
    public static string? Prepare(string path, bool create)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            return $"The labels file '{full}' is a folder.";
        }

        var folder = System.IO.Path.GetDirectoryName(full);
        if (folder is null || !Directory.Exists(folder))
        {
            return $"The folder of the labels file '{full}' does not exist.";
        }

        if (!create && !File.Exists(full))
        {
            return null;
        }

        try
        {
            using var probe = new FileStream(full, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, 1);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return $"The labels file '{full}' cannot be opened for appending: {e.Message}";
        }
    }

    /// <summary>Reads the rows other processes appended since the last look (a cheap no-op when the file did not grow).</summary>
    public void Refresh()
    {
        lock (gate)
        {
            var info = new FileInfo(Path);
            if (info.Exists && info.Length == lastLength)
            {
                return;
            }

            using var file = OpenExclusive();
            CatchUp(file);
        }
    }

    public bool IsLabelled(string itemId)
    {
        lock (gate)
        {
            return index.Labels.IsLabelled(itemId);
        }
    }

    public bool HasLabelled(string itemId, string annotator)
    {
        lock (gate)
        {
            return index.Labels.HasLabelled(itemId, annotator);
        }
    }

    /// <summary>A copy of who labelled what in the file, as of the last look.</summary>
    public LabelledBy Labelled()
    {
        lock (gate)
        {
            return LabelledBy.Union(index.Labels);
        }
    }

    /// <summary>
    /// Appends the row unless the file already has this annotator's label for its item (another tab or server of the
    /// same annotator may have written it since the last look); the check and the write happen under one lock, so one
    /// annotator never labels an item twice, while different annotators each keep their own row for it. Throws
    /// IOException or UnauthorizedAccessException when the file cannot be written.
    /// </summary>
    public bool Append(LabelRow row, TaskKind kind)
    {
        var line = row.ToJsonLine(kind);
        lock (gate)
        {
            using var file = OpenExclusive();
            CatchUp(file);
            if (index.Labels.HasLabelled(row.ItemId, row.Annotator))
            {
                return false;
            }

            var length = file.Length;
            var tornTail = length > 0 && LastByte(file, length) != (byte)'\n';
            file.Seek(length, SeekOrigin.Begin);

            // A line cut short (a crash mid-write, a hand edit without a final newline) must not swallow this row.
            var bytes = tornTail ? [(byte)'\n', .. line] : line;
            file.Write(bytes);
            file.Flush(flushToDisk: true);
            CatchUp(file);
            return true;
        }
    }

    FileStream OpenExclusive()
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(Path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1);
            }
            catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException and not PathTooLongException && clock.Elapsed < lockWait)
            {
                // Another process holds the file for its own append; they take milliseconds.
                Thread.Sleep(Random.Shared.Next(2, 20));
            }
        }
    }

    void CatchUp(FileStream file)
    {
        var length = file.Length;
        if (length < consumed)
        {
            // The file was replaced or cut by hand: start over rather than trust offsets into another file.
            index.Labels.Clear();
            consumed = 0;
        }

        if (length > consumed)
        {
            var bytes = new byte[length - consumed];
            file.Seek(consumed, SeekOrigin.Begin);
            file.ReadExactly(bytes);
            consumed += index.AddCompleteLines(bytes);
        }

        lastLength = length;
    }

    static byte LastByte(FileStream file, long length)
    {
        file.Seek(length - 1, SeekOrigin.Begin);
        return (byte)file.ReadByte();
    }
}
