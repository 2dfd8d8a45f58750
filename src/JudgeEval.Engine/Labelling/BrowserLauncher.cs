using System.ComponentModel;
using System.Diagnostics;
using JudgeEval.Engine.Reporting.Html;

namespace JudgeEval.Engine.Labelling;

/// <summary>
/// `--open`: opens the page in the default browser without putting the token on a command line (where other users of
/// the machine could read it in the process list). The browser is pointed at a redirect file only this user can read,
/// as Jupyter does; the file is deleted when the session ends.
/// </summary>
public sealed class BrowserLauncher : IDisposable
{
    readonly string file;

    BrowserLauncher(string file) => this.file = file;

    /// <summary>Null with a reason when no browser could be started; the printed URL still works.</summary>
    public static (BrowserLauncher? Launcher, string? Problem) Open(string url)
    {
        var file = Path.Combine(Path.GetTempPath(), "judgeeval-label-" + Guid.NewGuid().ToString("N") + ".html");
        try
        {
            WritePrivate(file, $"<!DOCTYPE html>\n<meta charset=\"utf-8\">\n<meta name=\"referrer\" content=\"no-referrer\">\n<meta http-equiv=\"refresh\" content=\"0;url={HtmlText.Encode(url)}\">\n<title>judgeeval label</title>\n<p><a href=\"{HtmlText.Encode(url)}\">Open the labelling page</a></p>\n");
            using var process = Process.Start(Opener(file));
            return (new BrowserLauncher(file), null);
        }
        catch (Exception e) when (e is Win32Exception or IOException or UnauthorizedAccessException or InvalidOperationException or PlatformNotSupportedException)
        {
            File.Delete(file);
            return (null, $"could not open a browser ({e.Message}); open the URL above");
        }
    }

    public void Dispose() => File.Delete(file);

    static ProcessStartInfo Opener(string file)
    {
        if (OperatingSystem.IsWindows())
        {
            return new ProcessStartInfo(file) { UseShellExecute = true };
        }

        var start = new ProcessStartInfo(OperatingSystem.IsMacOS() ? "open" : "xdg-open") { UseShellExecute = false };
        start.ArgumentList.Add(file);
        return start;
    }

    static void WritePrivate(string file, string html)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(file, options);
        using var writer = new StreamWriter(stream);
        writer.Write(html);
    }
}
