using JudgeEval.Engine.Catalog;
using JudgeEval.Engine.Cli;

namespace JudgeEval.Engine.Tests.Catalog;

/// <summary>`judgeeval models` as a user sees it.</summary>
public class ModelsCommandTests
{
    static (int Exit, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = ModelsCommand.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Lists_every_model_with_the_catalog_version()
    {
        var (exit, output, _) = Run();
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();

        Assert.Equal(0, exit);
        Assert.Equal($"judgeeval model catalog {ModelCatalog.BuiltIn.Version}: {ModelCatalog.BuiltIn.Entries.Count} models", lines[0]);
        Assert.Matches("^id +provider +family +lineage$", lines[2]);
        Assert.Matches("^vicuna-13b +lmsys +vicuna +fine-tuned from llama-13b; distilled from gpt-3.5-turbo$", lines.Single(l => l.StartsWith("vicuna-13b ", StringComparison.Ordinal)));
        Assert.Equal(ModelCatalog.BuiltIn.Entries.Count, lines.Count(l => ModelCatalog.BuiltIn.Find(l.Split(' ')[0]) is { } e && e.Id == l.Split(' ')[0]));
    }

    [Fact]
    public void Explains_resolution_and_lineage_of_one_id()
    {
        var (exit, output, _) = Run("anthropic.claude-3-5-sonnet-20240620-v1:0");

        Assert.Equal(0, exit);
        Assert.StartsWith("anthropic.claude-3-5-sonnet-20240620-v1:0 -> claude-3.5-sonnet", output, StringComparison.Ordinal);
        Assert.Contains("  - dropped the Bedrock provider prefix 'anthropic.'", output, StringComparison.Ordinal);
        Assert.Contains("provider:     anthropic", output, StringComparison.Ordinal);
        Assert.Contains("  (none recorded)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_ancestors_and_descendants()
    {
        var (_, llama, _) = Run("llama-13b");
        var (_, vicuna, _) = Run("vicuna-13b-v1.2");

        Assert.Contains("  - vicuna-13b is fine-tuned from llama-13b", llama, StringComparison.Ordinal);
        Assert.Contains("  - alpaca-13b is fine-tuned from llama-13b", llama, StringComparison.Ordinal);
        Assert.Contains("  - vicuna-13b was trained on outputs of gpt-3.5-turbo", vicuna, StringComparison.Ordinal);
        Assert.Contains("  - matched 'vicuna-13b-v1.2', an alias of vicuna-13b", vicuna, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_id_exits_2_with_the_nearest_ids()
    {
        var (exit, output, error) = Run("claude-3-opuss");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.StartsWith("judgeeval: error JE0046: 'claude-3-opuss' is not in the model catalog", error, StringComparison.Ordinal);
        Assert.Contains("Nearest ids: claude-3-opus", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Extra_arguments_are_a_usage_error()
    {
        var (exit, _, error) = Run("gpt-4", "gpt-4o");

        Assert.Equal(2, exit);
        Assert.Contains("JE0090", error, StringComparison.Ordinal);
    }
}
