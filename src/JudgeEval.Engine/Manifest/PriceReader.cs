using JudgeEval.Engine.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace JudgeEval.Engine.Manifest;

/// <summary>Reads a `prices:` mapping: model id -> `{ input, output }` per million tokens, or `{ perCall }`.</summary>
internal static class PriceReader
{
    static readonly string[] Keys = ["input", "output", "perCall"];

    public static IReadOnlyDictionary<string, PriceSpec> Read(ManifestContext cx, YamlNode? node, string where)
    {
        var prices = new Dictionary<string, PriceSpec>(StringComparer.Ordinal);
        if (node is null)
        {
            return prices;
        }

        if (node is not YamlMappingNode mapping)
        {
            cx.Report(ManifestDiagnostics.WrongType, $"{where} must map model ids to prices, not {Scalars.Describe(node)}.", node);
            return prices;
        }

        foreach (var (keyNode, value) in mapping.Children)
        {
            var model = Scalars.Text(cx, keyNode, $"{where} key");
            if (model is null)
            {
                continue;
            }

            if (ReadOne(cx, value, $"{where}.{model}") is { } price)
            {
                prices[model] = price;
            }
        }

        return prices;
    }

    static PriceSpec? ReadOne(ManifestContext cx, YamlNode node, string where)
    {
        var s = Section.Open(cx, node, where, Keys);
        if (s is null)
        {
            return null;
        }

        var input = s.Number("input", 0);
        var output = s.Number("output", 0);
        var perCall = s.Number("perCall", 0);
        if (s.Has("perCall") && (s.Has("input") || s.Has("output")))
        {
            cx.Report(ManifestDiagnostics.Inconsistent, $"{where}: give either perCall or input and output per million tokens, not both.", s.At);
            return null;
        }

        if (!s.Has("perCall") && !(s.Has("input") && s.Has("output")))
        {
            cx.Report(ManifestDiagnostics.MissingKey, $"{where} needs input and output (per million tokens), or perCall.", s.At);
            return null;
        }

        return new PriceSpec(input, output, perCall, s.At);
    }
}
