using System.Formats.Tar;
using System.Globalization;

namespace JudgeEval.Engine.IO;

/// <summary>
/// What a path names before anything opens it. Inputs are read only from regular files: opening a FIFO blocks until a
/// writer appears (forever, in a build), and a device such as /dev/zero or /dev/urandom never ends.
/// </summary>
public static class InputFile
{
    /// <summary>Null when <paramref name="path"/> is a regular file (through any symbolic links); else what it is instead.</summary>
    public static string? NotRegular(string path)
    {
        FileSystemInfo target;
        try
        {
            var info = new FileInfo(path);
            target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
            if (target is DirectoryInfo || Directory.Exists(target.FullName))
            {
                return Described("a folder", path, target);
            }

            // stat reports no size for pipes, sockets and devices, so a file with bytes in it is a regular file.
            if (!target.Exists || ((FileInfo)target).Length > 0)
            {
                return null;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }

        return Kind(target.FullName) is { } kind ? Described(kind, path, target) : null;
    }

    /// <summary>The size in bytes, or -1 when it cannot be known (the open that follows reports why).</summary>
    public static long Length(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return -1;
        }
    }

    /// <summary>A size for messages: 1,048,576 bytes (1 MiB).</summary>
    public static string Size(long bytes) => bytes >= 1 << 20 && bytes % (1 << 20) == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes ({bytes >> 20} MiB)")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes");

    static string Described(string kind, string path, FileSystemInfo target) =>
        string.Equals(Path.GetFullPath(path), target.FullName, StringComparison.Ordinal) ? kind : $"{kind} (through a link to '{target.FullName}')";

    /// <summary>
    /// The file type of an empty-looking entry, from lstat. The base library exposes it only through the tar writer,
    /// which records the type without opening anything but a regular file (and an empty one costs nothing to copy).
    /// </summary>
    static string? Kind(string fullPath)
    {
        try
        {
            using var buffer = new MemoryStream();
            using (var writer = new TarWriter(buffer, TarEntryFormat.Pax, leaveOpen: true))
            {
                writer.WriteEntry(fullPath, "entry");
            }

            buffer.Position = 0;
            using var reader = new TarReader(buffer);
            return reader.GetNextEntry()?.EntryType switch
            {
                TarEntryType.RegularFile or TarEntryType.V7RegularFile or null => null,
                TarEntryType.Fifo => "a named pipe (FIFO)",
                TarEntryType.CharacterDevice => "a character device",
                TarEntryType.BlockDevice => "a block device",
                TarEntryType.Directory => "a folder",
                var other => "not a regular file (" + other + ")",
            };
        }
        catch (IOException)
        {
            // The tar writer refuses only types it cannot represent: sockets and the like.
            return "not a regular file (a socket or other special file)";
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
