using System.Text.RegularExpressions;

namespace JudgeEval.Engine.Catalog;

/// <summary>
/// The decorations that routers and clouds add to a model id, peeled off one at a time in a fixed order. The resolver
/// looks the id up after every step, so a name that is itself an alias (e.g. Bedrock's <c>claude-v2:1</c>) wins over
/// a later, lossier step.
/// </summary>
public static partial class ModelIdRewrites
{
    /// <summary>Each successive form of <paramref name="id"/> (already canonical) with the step that produced it.</summary>
    public static IEnumerable<(string Key, string Step)> Forms(string id)
    {
        var key = id;
        foreach (var rule in Rules)
        {
            while (rule.Pattern.Match(key) is { Success: true } match)
            {
                var removed = match.Groups["drop"].Value;
                var next = rule.Pattern.Replace(key, "${keep}", 1);
                if (next.Length == 0 || next == key)
                {
                    break;
                }

                key = next;
                yield return (key, $"{rule.Description} '{removed}': {key}");
                if (!rule.Repeat)
                {
                    break;
                }
            }
        }
    }

    sealed record Rule(Regex Pattern, string Description, bool Repeat);

    static readonly Rule[] Rules =
    [
        new(VertexPath(), "dropped the Vertex AI resource path", Repeat: false),
        new(RouterPrefix(), "dropped the router's provider prefix", Repeat: true),
        new(BedrockRegion(), "dropped the Bedrock cross-region prefix", Repeat: false),
        new(BedrockProvider(), "dropped the Bedrock provider prefix", Repeat: false),
        new(VertexVersion(), "dropped the Vertex AI version", Repeat: false),
        new(RouterVariant(), "dropped the router's variant suffix", Repeat: false),
        new(ModelVersion(), "dropped the model version suffix", Repeat: false),
        new(Snapshot(), "dropped the snapshot suffix", Repeat: true),
        new(MetaPrefix(), "dropped Hugging Face's 'Meta-' name prefix", Repeat: false),
        new(TunedVariant(), "no entry for the tuned variant; dropped the suffix", Repeat: false),
    ];

    // publishers/google/models/gemini-1.5-pro-002, optionally under projects/<p>/locations/<l>/
    [GeneratedRegex("^(?<drop>(projects/[^/]+/locations/[^/]+/)?publishers/[^/]+/models/)(?<keep>.+)$")]
    private static partial Regex VertexPath();

    // openai/gpt-4o, meta-llama/llama-3.1-70b-instruct, ~anthropic/claude-opus-4.7
    [GeneratedRegex("^(?<drop>~?[^/]+/)(?<keep>.+)$")]
    private static partial Regex RouterPrefix();

    // us.anthropic.claude-3-5-sonnet-20240620-v1:0
    [GeneratedRegex(@"^(?<drop>(us|eu|apac|global|us-gov|jp|au|ca)\.)(?<keep>[a-z0-9-]+\..+)$")]
    private static partial Regex BedrockRegion();

    // anthropic.claude-3-5-sonnet-20240620-v1:0, meta.llama3-1-70b-instruct-v1:0, amazon.nova-pro-v1:0
    [GeneratedRegex(@"^(?<drop>(anthropic|meta|amazon|mistral|cohere|ai21|deepseek|qwen|openai|google|writer|tii)\.)(?<keep>.+)$")]
    private static partial Regex BedrockProvider();

    // claude-3-5-sonnet@20240620, gemini-1.5-pro@002
    [GeneratedRegex("^(?<keep>[^@]+)(?<drop>@[^@]*)$")]
    private static partial Regex VertexVersion();

    // anthropic/claude-3.7-sonnet:thinking, meta-llama/llama-3.3-70b-instruct:free
    [GeneratedRegex("^(?<keep>.+)(?<drop>:(free|beta|nitro|floor|online|extended|thinking|exacto))$")]
    private static partial Regex RouterVariant();

    // -v1:0 (Bedrock), -v0.3 (Hugging Face), -v2 (Vertex), :1
    [GeneratedRegex(@"^(?<keep>.+?)(?<drop>-v[0-9]+([.:][0-9]+)*|:[0-9]+)$")]
    private static partial Regex ModelVersion();

    // -2024-08-06, -08-2024, -20240620, -0613, -05-20, -002, -latest, -preview, -exp
    [GeneratedRegex("^(?<keep>.+?)(?<drop>-[0-9]{4}-[0-9]{2}-[0-9]{2}|-[0-9]{2}-[0-9]{4}|-[0-9]{8}|-[0-9]{2}-[0-9]{2}|-[0-9]{4}|-0[0-9]{2}|-latest|-preview|-experimental|-exp|-hf)$")]
    private static partial Regex Snapshot();

    // meta-llama-3.1-8b-instruct (Hugging Face's Meta-Llama-3.1-8B-Instruct)
    [GeneratedRegex("^(?<drop>meta-)(?<keep>llama.*)$")]
    private static partial Regex MetaPrefix();

    // gemma-3-27b-it, qwen3-8b-instruct: entries that do not separate base and tuned checkpoints
    [GeneratedRegex("^(?<keep>.+?)(?<drop>-instruct|-chat|-it)$")]
    private static partial Regex TunedVariant();
}
