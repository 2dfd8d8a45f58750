using JudgeEval.Engine.Data;
using YamlDotNet.RepresentationModel;

namespace JudgeEval.Engine.Manifest;

/// <summary>Reads `routing:` (two-pass routing on recorded data) and checks its judge and ensemble references.</summary>
internal static class RoutingReader
{
    static readonly string[] Keys = ["first", "ensemble", "band", "tokensPerCall"];

    public static RoutingSpec? Read(Section top, IdRegistry ids, IReadOnlyList<JudgeSpec> judges, IReadOnlyList<EnsembleSpec> ensembles, Scale? scale)
    {
        var s = top.Sub("routing", Keys);
        if (s is null)
        {
            return null;
        }

        var cx = s.Context;
        var first = Reference(s, "first", ids, "judge", ManifestDiagnostics.UnknownJudge);
        var ensemble = Reference(s, "ensemble", ids, "ensemble", ManifestDiagnostics.UnknownEnsemble);
        var band = Band(s, scale);
        var tokens = s.Sub("tokensPerCall", ["input", "output"]);
        var input = tokens?.Int("input", 0) ?? RoutingSpec.DefaultInputTokens;
        var output = tokens?.Int("output", 0) ?? RoutingSpec.DefaultOutputTokens;
        if (first is null || ensemble is null || band is null)
        {
            return null;
        }

        var routing = new RoutingSpec
        {
            First = first,
            Ensemble = ensemble,
            BandLow = band.Value.Low,
            BandHigh = band.Value.High,
            InputTokens = input,
            OutputTokens = output,
            At = s.At,
            FirstAt = s.ValueAt("first"),
            EnsembleAt = s.ValueAt("ensemble"),
            BandAt = s.ValueAt("band"),
        };
        WarnAboutMissingPrices(cx, top, routing, judges, ensembles);
        return routing;
    }

    static string? Reference(Section s, string key, IdRegistry ids, string kind, Diagnostics.DiagnosticDescriptor unknown)
    {
        var id = s.Text(key, required: true);
        if (id is null)
        {
            return null;
        }

        if (ids.KindOf(id) == kind)
        {
            return id;
        }

        var candidates = ids.Ids.Where(i => ids.KindOf(i) == kind).ToArray();
        var other = ids.KindOf(id) is { } actual ? $" '{id}' is {Article(actual)} {actual}, not {Article(kind)} {kind}." : Suggestions.Hint(id, candidates, kind == "judge" ? "Judges" : "Ensembles");
        s.Context.Report(unknown, $"{s.Where(key)}: no {kind} has the id '{id}'.{other}", s.ValueAt(key));
        return null;
    }

    static string Article(string noun) => "aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an" : "a";

    static (double Low, double High)? Band(Section s, Scale? scale)
    {
        var cx = s.Context;
        var node = s.Required("band");
        if (node is null)
        {
            return null;
        }

        if (node is not YamlSequenceNode { Children.Count: 2 } pair)
        {
            cx.Report(ManifestDiagnostics.WrongType, $"{s.Where("band")} must be a list of two grades [low, high], not {Scalars.Describe(node)}.", node);
            return null;
        }

        var low = Scalars.Number(cx, pair.Children[0], s.Where("band") + "[0]");
        var high = Scalars.Number(cx, pair.Children[1], s.Where("band") + "[1]");
        if (low is null || high is null)
        {
            return null;
        }

        if (low > high)
        {
            cx.Report(ManifestDiagnostics.BadValue, $"{s.Where("band")}: low ({low}) must not be above high ({high}).", node);
            return null;
        }

        if (scale is not null && !scale.Categories.Any(g => g >= low && g <= high))
        {
            cx.Report(ManifestDiagnostics.Suspicious, $"{s.Where("band")} contains no grade of the scale, so nothing is ever escalated.", node);
        }

        return (low.Value, high.Value);
    }

    static void WarnAboutMissingPrices(ManifestContext cx, Section top, RoutingSpec routing, IReadOnlyList<JudgeSpec> judges, IReadOnlyList<EnsembleSpec> ensembles)
    {
        var members = ensembles.FirstOrDefault(e => e.Id == routing.Ensemble)?.Members ?? [];
        var models = judges.Where(j => j.Id == routing.First || members.Contains(j.Id)).Select(j => j.Model).Distinct(StringComparer.Ordinal);
        var priced = PricedModels(top);
        var missing = models.Where(m => !priced.Contains(m)).ToArray();
        if (missing.Length > 0)
        {
            cx.Report(ManifestDiagnostics.MissingPrice, $"routing: no price for {string.Join(", ", missing.Select(m => $"'{m}'"))}; add them under the top-level `prices:` to get routing costs.", routing.At);
        }
    }

    static HashSet<string> PricedModels(Section top) =>
        top.Value("prices") is YamlMappingNode prices
            ? [.. prices.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? string.Empty)]
            : [];
}
