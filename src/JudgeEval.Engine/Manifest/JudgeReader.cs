using JudgeEval.Engine.Data;
using YamlDotNet.RepresentationModel;

namespace JudgeEval.Engine.Manifest;

/// <summary>Reads `judges:`: recorded judgments, a live endpoint, or both.</summary>
internal static class JudgeReader
{
    static readonly string[] Keys = ["id", "model", "name", "judgments", "endpoint", "prompt", "samples", "temperature", "seed", "record", "promptVersion"];

    static readonly string[] LiveKeys = ["prompt", "samples", "temperature", "seed", "record"];

    public static IReadOnlyList<JudgeSpec> Read(Section top, IdRegistry ids, IReadOnlyCollection<string> endpoints, TaskKind? kind)
    {
        var cx = top.Context;
        var list = top.List("judges", required: true);
        if (list is null)
        {
            return [];
        }

        if (list.Children.Count == 0)
        {
            cx.Report(ManifestDiagnostics.BadValue, "judges must list at least one judge.", list);
            return [];
        }

        return [.. list.Children.Select((n, i) => ReadOne(cx, n, $"judges[{i}]", ids, endpoints, kind)).OfType<JudgeSpec>()];
    }

    static JudgeSpec? ReadOne(ManifestContext cx, YamlNode node, string where, IdRegistry ids, IReadOnlyCollection<string> endpoints, TaskKind? kind)
    {
        var s = Section.Open(cx, node, where, Keys);
        if (s is null)
        {
            return null;
        }

        var id = ids.Claim(s, "judge");
        var model = s.Text("model", required: true);
        var name = s.Text("name");
        var promptVersion = s.Text("promptVersion");
        var judgments = s.Value("judgments") is { } source ? SourceReader.ReadOne(cx, source, s.Where("judgments"), DataRole.Judgments, null) : null;
        var live = ReadLive(s, endpoints, kind);
        if (s.Value("judgments") is null && s.Value("endpoint") is null)
        {
            cx.Report(ManifestDiagnostics.JudgeWithoutSource, $"{where}{(id is null ? string.Empty : $" ('{id}')")} has neither `judgments` (recorded) nor `endpoint` (live).", s.At);
            return null;
        }

        if (id is null || model is null)
        {
            return null;
        }

        return new JudgeSpec
        {
            Id = id,
            Model = model,
            Name = name,
            Judgments = judgments,
            Live = live,
            PromptVersion = promptVersion,
            At = s.At,
            IdAt = s.ValueAt("id"),
            ModelAt = s.ValueAt("model"),
        };
    }

    static LiveJudgeSpec? ReadLive(Section s, IReadOnlyCollection<string> endpoints, TaskKind? kind)
    {
        var cx = s.Context;
        var endpoint = s.Text("endpoint");
        if (endpoint is null)
        {
            foreach (var key in LiveKeys.Where(s.Has))
            {
                cx.Report(ManifestDiagnostics.Inconsistent, $"{s.Where(key)} applies to live judges only; add `endpoint: <id>` or remove it.", s.KeyAt(key));
            }

            return null;
        }

        if (!endpoints.Contains(endpoint))
        {
            var hint = endpoints.Count == 0 ? " No endpoints are declared under `endpoints`." : Suggestions.Hint(endpoint, endpoints, "Declared endpoints");
            cx.Report(ManifestDiagnostics.UnknownEndpoint, $"{s.Where("endpoint")}: no endpoint has the id '{endpoint}'.{hint}", s.ValueAt("endpoint"));
        }

        var prompt = Prompt(s, kind);
        var samples = s.Int("samples", 1, 1000) ?? 1;
        var temperature = s.Number("temperature", 0, 2) ?? 0;
        var seed = s.Int("seed");
        var record = s.Value("record") is { } r && Scalars.Scalar(cx, r, s.Where("record"), "a file path") is { } recordNode
            ? cx.Absolute(recordNode, s.Where("record"))
            : null;
        return prompt is null ? null : new LiveJudgeSpec(endpoint, prompt, samples, temperature, seed, record, s.ValueAt("endpoint")) { RecordAt = record is null ? null : s.ValueAt("record") };
    }

    static string? Prompt(Section s, TaskKind? kind)
    {
        var node = s.Value("prompt");
        if (node is null)
        {
            return kind == TaskKind.Pairwise ? "pairwise" : "relevance";
        }

        var scalar = Scalars.Scalar(s.Context, node, s.Where("prompt"), "a built-in prompt name or a template path");
        if (scalar?.Value is null)
        {
            return null;
        }

        return LiveJudgeSpec.BuiltInPrompts.Contains(scalar.Value, StringComparer.Ordinal)
            ? scalar.Value
            : s.Context.ExistingFile(scalar, s.Where("prompt") + " (not a built-in prompt: relevance, quality, safety, pairwise; so a template path)");
    }
}
