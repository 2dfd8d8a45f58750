using JudgeEval.Engine.Cli;
using JudgeEval.Engine.Labelling;

namespace JudgeEval.Engine.Tests.Labelling;

public class LabelArgumentsTests
{
    [Fact]
    public void Every_option_is_read()
    {
        var (args, error) = LabelArguments.Parse(["m.yaml", "--annotator", "alice", "--labels", "l.jsonl", "--port", "5123", "--take", "stratified", "--count", "40", "--seed", "-7", "--open"]);

        Assert.Null(error);
        Assert.Equal(
            new LabelArguments { Manifest = "m.yaml", Annotator = "alice", Labels = "l.jsonl", Port = 5123, Take = TakeMode.Stratified, Count = 40, Seed = -7, Open = true },
            args);
    }

    [Fact]
    public void Defaults_are_review_a_free_port_and_seed_1()
    {
        var (args, _) = LabelArguments.Parse(["m.yaml", "-a", "bob"]);

        Assert.Equal((TakeMode.Review, 0, 1, (int?)null, (string?)null, false), (args!.Take, args.Port, args.Seed, args.Count, args.Labels, args.Open));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_needs_nothing_else(string flag) => Assert.True(LabelArguments.Parse([flag]).Arguments!.Help);

    [Theory]
    [InlineData("missing the manifest path", "--annotator", "a")]
    [InlineData("missing --annotator", "m.yaml")]
    [InlineData("--port expects a whole number from 1 to 65535", "m.yaml", "-a", "x", "--port", "70000")]
    [InlineData("--count expects a whole number from 1", "m.yaml", "-a", "x", "--count", "0")]
    [InlineData("--take expects review, stratified or random", "m.yaml", "-a", "x", "--take", "all")]
    [InlineData("unknown option '--lables'", "m.yaml", "-a", "x", "--lables", "l.jsonl")]
    [InlineData("option '--labels' needs a value", "m.yaml", "-a", "x", "--labels")]
    [InlineData("unexpected argument 'other.yaml'", "m.yaml", "other.yaml", "-a", "x")]
    public void Bad_command_lines_say_why(string expected, params string[] words)
    {
        var (args, error) = LabelArguments.Parse(words);

        Assert.Null(args);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("alice")]
    [InlineData("a.b-c_d@example.org")]
    [InlineData("A1")]
    public void Usable_annotator_names(string name) => Assert.Null(AnnotatorName.Problem(name));

    [Theory]
    [InlineData("")]
    [InlineData("../etc/passwd")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData(".hidden")]
    [InlineData("-rf")]
    [InlineData("two words")]
    [InlineData("<script>")]
    [InlineData("名前")]
    [InlineData("a\nb")]
    public void Annotator_names_that_could_break_a_file_name_or_a_row_are_refused(string name)
    {
        Assert.NotNull(AnnotatorName.Problem(name));
        Assert.Null(LabelArguments.Parse(["m.yaml", "--annotator", name]).Arguments);
    }

    [Fact]
    public void A_name_longer_than_64_characters_is_refused() => Assert.NotNull(AnnotatorName.Problem(new string('a', 65)));
}
