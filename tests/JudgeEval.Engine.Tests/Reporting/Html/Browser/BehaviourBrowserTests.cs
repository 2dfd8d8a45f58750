namespace JudgeEval.Engine.Tests.Reporting.Html.Browser;

/// <summary>The new columns and sections as a reader sees them in chromium, on the samples' real results.</summary>
public class BehaviourBrowserTests(SampleRunFixture samples) : IClassFixture<SampleRunFixture>
{
    static CancellationToken Ct => CancellationToken.None;

    [ChromiumFact]
    public async Task The_self_consistency_column_sorts_and_shows_each_judges_alpha()
    {
        var results = samples.Results("SelfConsistency");
        await using var page = await samples.Browser.OpenFileAsync(samples.ReportPath("SelfConsistency"), Ct);
        var s = page.Session;

        var shown = await Text(s, "Array.prototype.map.call(document.querySelectorAll('#judges table.judges tbody tr'), function (r) { return r.getAttribute('data-judge') + '=' + r.querySelector('td.self').textContent; }).join(' ')");
        Assert.Equal(string.Join(' ', results.Judges.Select(j => j.Id + "=" + Engine.Reporting.Html.Numbers.Fixed(j.Consistency!.Alpha))), shown);
        // The small chart below the table: one bar per judge, its numbers as text.
        Assert.Equal(9, await Int(s, "document.querySelectorAll('#judges table.consistency svg.mini[aria-label*=\": α \"]').length"));
    }

    [ChromiumFact]
    public async Task The_verbosity_and_kappa_sections_fit_and_carry_a_chart_per_judge()
    {
        await using var page = await samples.Browser.OpenFileAsync(samples.ReportPath("MtBench"), Ct);
        var s = page.Session;

        Assert.Equal(4, await Int(s, "document.querySelectorAll('#verbosity table.verbosity tbody svg.mini').length"));
        Assert.Equal(4, await Int(s, "document.querySelectorAll('#kappa-paradox table.paradox tbody tr').length"));
        Assert.Equal(0, await Int(s, "Array.prototype.filter.call(document.querySelectorAll('#verbosity, #kappa-paradox'), function (e) { return e.scrollWidth > e.clientWidth + 1; }).length"));
    }

    static async Task<string> Text(DevToolsSession s, string expression) => (await s.EvaluateAsync(expression, Ct))!.GetValue<string>();

    static async Task<int> Int(DevToolsSession s, string expression) => (await s.EvaluateAsync(expression, Ct))!.GetValue<int>();
}
