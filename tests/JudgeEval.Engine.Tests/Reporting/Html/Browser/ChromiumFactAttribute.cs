namespace JudgeEval.Engine.Tests.Reporting.Html.Browser;

/// <summary>A browser test: skipped (with the reason) only where chromium is absent and we are not root; as root a missing chromium fails.</summary>
sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.ExecutablePath is null && !Chromium.IsRoot)
        {
            Skip = "chromium not found (/usr/bin/chromium) and not root: install Debian's chromium (test.sh does, as root) to run the browser tests";
        }
    }
}

/// <summary>The theory form of <see cref="ChromiumFactAttribute"/>.</summary>
sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        if (Chromium.ExecutablePath is null && !Chromium.IsRoot)
        {
            Skip = "chromium not found (/usr/bin/chromium) and not root: install Debian's chromium (test.sh does, as root) to run the browser tests";
        }
    }
}
