using Xunit;

namespace JudgeEval.TestSupport;

/// <summary>
/// A fact that needs a POSIX system (a shell script, a FIFO, /dev/zero). On Windows it is reported as skipped, with the
/// reason, rather than passing without having run.
/// </summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute(string reason)
    {
        Reason = reason;
        Skip = UnixOnly.SkipReason(reason);
    }

    public string Reason { get; }
}

/// <summary>The theory form of <see cref="UnixFactAttribute"/>: every case is skipped on Windows.</summary>
public sealed class UnixTheoryAttribute : TheoryAttribute
{
    public UnixTheoryAttribute(string reason)
    {
        Reason = reason;
        Skip = UnixOnly.SkipReason(reason);
    }

    public string Reason { get; }
}

/// <summary>xUnit reads Skip from the attribute instance, so setting it in the constructor skips at discovery.</summary>
public static class UnixOnly
{
    public static string? SkipReason(string reason) => OperatingSystem.IsWindows() ? "needs a POSIX system: " + reason : null;
}
