using JudgeEval.Engine.Catalog;
using YamlDotNet.RepresentationModel;

namespace JudgeEval.Engine.Tests.Catalog;

/// <summary>Every model named by the repository's samples and by the real data resolves.</summary>
public class SampleModelsTests
{
    public static TheoryData<string, string> SampleModels()
    {
        var data = new TheoryData<string, string>();
        // A sample's product model may also be one of its judges (MtBench: gpt-4); each pair is one test case.
        var seen = new HashSet<(string, string)>();
        foreach (var manifest in Directory.GetFiles(Path.Combine(RepoRoot.Path, "samples"), "judgeeval.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var yaml = new YamlStream();
            using (var reader = File.OpenText(manifest))
            {
                yaml.Load(reader);
            }

            var root = (YamlMappingNode)yaml.Documents[0].RootNode;
            var sample = Path.GetFileName(Path.GetDirectoryName(manifest)!);
            if (root.Children.TryGetValue(new YamlScalarNode("product"), out var product))
            {
                Add(sample, ((YamlScalarNode)((YamlMappingNode)product)["model"]).Value!);
            }

            foreach (var judge in ((YamlSequenceNode)root["judges"]).Children.Cast<YamlMappingNode>())
            {
                Add(sample, ((YamlScalarNode)judge["model"]).Value!);
            }
        }

        return data;

        void Add(string sample, string model)
        {
            if (seen.Add((sample, model)))
            {
                data.Add(sample, model);
            }
        }
    }

    [Theory]
    [MemberData(nameof(SampleModels))]
    public void Sample_models_resolve(string sample, string model) =>
        Assert.True(ModelCatalog.BuiltIn.Resolve(model).Entry is not null, $"{sample}: {model} does not resolve");

    // The models that wrote the MT-Bench and FairEval outputs (../shared/data/llmbar/DERIVED_model_ids.csv; '|' joins identical outputs).
    [Fact]
    public void Output_models_of_the_llmbar_data_resolve()
    {
        var csv = Path.Combine(RepoRoot.Path, "samples", "data", "llmbar", "DERIVED_model_ids.csv");
        var models = File.ReadLines(csv).Skip(1)
            .SelectMany(line => line.Split(',')[3..5])
            .SelectMany(cell => cell.Split('|'))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(["alpaca-13b", "claude-v1", "gpt-3.5-turbo", "gpt-4", "gpt35", "llama-13b", "vicuna-13b", "vicuna-13b-v1.2"], models.Order(StringComparer.Ordinal));
        Assert.All(models, m => Assert.NotNull(ModelCatalog.BuiltIn.Resolve(m).Entry));
    }

    [Theory]
    [InlineData("gpt-4", "gpt-4")]
    [InlineData("gpt-3.5-turbo", "gpt-3.5-turbo")]
    [InlineData("gpt35", "gpt-3.5-turbo")]
    [InlineData("claude-v1", "claude-1")]
    [InlineData("vicuna-13b-v1.2", "vicuna-13b")]
    [InlineData("vicuna-13b", "vicuna-13b")]
    [InlineData("alpaca-13b", "alpaca-13b")]
    [InlineData("llama-13b", "llama-13b")]
    [InlineData("llama-2-70b-chat", "llama-2-70b-chat")]
    [InlineData("palm-2-chat-bison", "palm-2-chat-bison")]
    [InlineData("falcon-180b-chat", "falcon-180b-chat")]
    [InlineData("google/gemma-4-26b", "gemma-4-26b")]
    [InlineData("qwen/qwen-3.6-plus", "qwen3.6-plus")]
    [InlineData("google/gemini-3.1-pro-preview", "gemini-3.1-pro")]
    public void Data_models_resolve_to_the_right_entry(string written, string expected) =>
        Assert.Equal(expected, ModelCatalog.BuiltIn.Resolve(written).Entry?.Id);
}
