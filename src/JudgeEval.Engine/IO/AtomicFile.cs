using System.Globalization;
using System.Text;

namespace JudgeEval.Engine.IO;

/// <summary>
/// Whole-file writes: the content goes to a unique temp file in the target's folder, which is then renamed over the
/// target. A reader (an incremental build, a replay, another process sharing the cache) sees the old file or the new one,
/// never half of one; a failed write leaves the old file as it was and removes its temp file. Text is UTF-8 without BOM.
/// </summary>
public static class AtomicFile
{
    static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Creates the folder when needed.</summary>
    public static void WriteAllText(string path, string text) => Write(path, writer => writer.Write(text));

    /// <summary>For content written piece by piece; an exception from <paramref name="write"/> leaves the target untouched.</summary>
    public static void Write(string path, Action<TextWriter> write)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        // Unique per process and write, so concurrent writers of one target never share a temp file. Same folder, so the
        // rename stays on one volume and replaces the target in one step.
        var temp = string.Create(CultureInfo.InvariantCulture, $"{full}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var writer = new StreamWriter(temp, append: false, Utf8))
            {
                write(writer);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The write's own failure is the one worth reporting; a leftover temp file never matches a target's name.
        }
    }
}
