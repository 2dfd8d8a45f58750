using System.Diagnostics;

namespace JudgeEval.Engine.IO;

/// <summary>
/// Files that several builds append to at once (the run history, GitHub's step summary). An append holds the file
/// exclusively (FileShare.None, which .NET turns into a lock on every OS), writes its bytes at the end in one write and
/// releases it; a writer or reader that finds the file held waits and tries again, up to a limit. So records never
/// interleave and a reader never sees half of one.
/// </summary>
public static class SharedFile
{
    public static TimeSpan Wait { get; } = TimeSpan.FromSeconds(10);

    /// <summary>Appends <paramref name="bytes"/>, after a line break when the file does not end in one (a hand edit).</summary>
    public static void AppendLine(string path, ReadOnlySpan<byte> bytes)
    {
        var data = bytes.ToArray();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        Held(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, stream =>
        {
            var separate = stream.Length > 0 && LastByte(stream) != '\n';
            stream.Seek(0, SeekOrigin.End);
            stream.Write(separate ? [(byte)'\n', .. data] : data);
            stream.Flush(flushToDisk: true);
            return true;
        });
    }

    public static T Read<T>(string path, Func<Stream, T> read) => Held(path, FileMode.Open, FileAccess.Read, FileShare.Read, read);

    static int LastByte(FileStream stream)
    {
        stream.Seek(-1, SeekOrigin.End);
        return stream.ReadByte();
    }

    static T Held<T>(string path, FileMode mode, FileAccess access, FileShare share, Func<FileStream, T> use)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            FileStream stream;
            try
            {
                stream = new FileStream(path, mode, access, share);
            }
            catch (IOException e) when (e is not (FileNotFoundException or DirectoryNotFoundException or PathTooLongException) && clock.Elapsed < Wait)
            {
                Thread.Sleep(Random.Shared.Next(5, 40));
                continue;
            }

            using (stream)
            {
                return use(stream);
            }
        }
    }
}
