using System.Diagnostics;
using System.Text.RegularExpressions;

namespace JudgeEval.Engine.Tests.Reporting.Html.Browser;

/// <summary>Finds Debian's chromium and starts it headless with remote debugging on a loopback port of its choosing.</summary>
sealed partial class Chromium : IAsyncDisposable
{
    static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    readonly Process process;
    readonly string profile;

    Chromium(Process process, string profile, Uri endpoint)
    {
        this.process = process;
        this.profile = profile;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    public static string? ExecutablePath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } set && File.Exists(set) ? set : Candidates.FirstOrDefault(File.Exists);

    /// <summary>CI runs as root and installs chromium (test.sh), so only a non-root machine without it may skip.</summary>
    public static bool IsRoot =>
        OperatingSystem.IsLinux() && File.Exists("/proc/self/status")
        && File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal)) is { } uid
        && uid.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) is [_, "0", ..];

    public static async Task<Chromium> StartAsync(CancellationToken ct)
    {
        var exe = ExecutablePath ?? throw new InvalidOperationException("chromium is not installed: test.sh installs Debian's chromium when run as root (apt-get install chromium).");
        var profile = Path.Combine(Path.GetTempPath(), "judgeeval-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var start = new ProcessStartInfo(exe)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic", "--disable-extensions", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
            "--user-data-dir=" + profile, "--window-size=1280,1000", "about:blank"])
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
        process.StandardOutput.BaseStream.Close();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        while (await process.StandardError.ReadLineAsync(timeout.Token) is { } line)
        {
            if (DevToolsLine().Match(line) is { Success: true } m)
            {
                // Keep draining stderr so chromium never blocks on a full pipe.
                _ = process.StandardError.ReadToEndAsync(CancellationToken.None);
                return new Chromium(process, profile, new Uri(m.Groups[1].Value));
            }
        }

        throw new InvalidOperationException("chromium exited before it printed its DevTools address");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // A crash reporter may still hold a file; the temp folder is cleaned by the OS.
        }
    }

    [GeneratedRegex("DevTools listening on (ws://\\S+)")]
    private static partial Regex DevToolsLine();
}
