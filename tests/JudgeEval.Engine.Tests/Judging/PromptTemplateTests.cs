using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Judging;

namespace JudgeEval.Engine.Tests.Judging;

/// <summary>Built-in rubrics, custom templates with named placeholders, and located errors for bad ones.</summary>
public sealed class PromptTemplateTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("judgeeval-prompt-").FullName;

    [Theory]
    [InlineData("relevance", TaskKind.Pointwise)]
    [InlineData("quality", TaskKind.Pointwise)]
    [InlineData("safety", TaskKind.Pointwise)]
    [InlineData("pairwise", TaskKind.Pairwise)]
    public void Built_ins_load_for_their_task(string name, TaskKind task)
    {
        var diagnostics = new List<Diagnostic>();
        var template = PromptTemplate.Load(name, folder, task, null, diagnostics);

        Assert.Empty(diagnostics);
        Assert.NotNull(template);
        Assert.Matches($"^{name}@[0-9a-f]{{12}}$", template.Version);
        var item = new EvalItem { Id = "i", Query = "q", Text = "t", TextB = "u" };
        var scale = task == TaskKind.Pairwise ? Scale.Pairwise : Scale.Pointwise(0, 3);
        var turns = template.Render(PromptTemplate.Values(item, scale, false), out _)!;
        Assert.Equal(["system", "user"], turns.Select(t => t.Role));
        Assert.DoesNotContain("{{", turns[1].Content, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pairwise_rubric_does_not_fit_a_pointwise_task()
    {
        var diagnostics = new List<Diagnostic>();
        var at = SourceLocation.At("judgeeval.yaml", 9, 13);

        Assert.Null(PromptTemplate.Load("pairwise", folder, TaskKind.Pointwise, at, diagnostics));
        var d = Assert.Single(diagnostics);
        Assert.Equal("JE9012", d.Code);
        Assert.Equal(at, d.Location);
    }

    [Fact]
    public void An_unknown_placeholder_is_located_inside_the_template_file()
    {
        var path = Path.Combine(folder, "mine.txt");
        File.WriteAllText(path, "--- user ---\nGrade {{text}}\nfor  {{qeury}} please.\n");
        var diagnostics = new List<Diagnostic>();

        Assert.Null(PromptTemplate.Load("mine.txt", folder, TaskKind.Pointwise, null, diagnostics));
        var d = Assert.Single(diagnostics);
        Assert.Equal("JE9011", d.Code);
        Assert.Equal(new SourceLocation(path, 3, 6, 3, 14), d.Location);
        Assert.Contains("{{qeury}}", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_a_located_error()
    {
        var diagnostics = new List<Diagnostic>();
        var at = SourceLocation.At("judgeeval.yaml", 3, 4);

        Assert.Null(PromptTemplate.Load("nope.txt", folder, TaskKind.Pointwise, at, diagnostics));
        Assert.Equal(("JE9010", at), (diagnostics[0].Code, diagnostics[0].Location));
    }

    [Fact]
    public void Rendering_does_not_expand_placeholders_inside_item_text()
    {
        var template = PromptTemplate.Parse("t", "Q={{query}} T={{ text }}", null, null, TaskKind.Pointwise, new List<Diagnostic>())!;
        var item = new EvalItem { Id = "i", Query = "{{text}}", Text = "body" };

        var turns = template.Render(PromptTemplate.Values(item, Scale.Pointwise(1, 5), false), out _)!;

        Assert.Equal([new ChatTurn("user", "Q={{text}} T=body")], turns);
    }

    [Fact]
    public void An_item_lacking_a_used_field_is_reported_not_rendered()
    {
        var template = PromptTemplate.Parse("t", "{{query}} {{text}}", null, null, TaskKind.Pointwise, new List<Diagnostic>())!;

        Assert.Null(template.Render(PromptTemplate.Values(new EvalItem { Id = "i", Text = "x" }, Scale.Pointwise(0, 1), false), out var lacking));
        Assert.Equal("query", lacking);
    }

    [Fact]
    public void Editing_a_template_changes_its_version()
    {
        var a = PromptTemplate.Parse("t", "{{text}}", null, null, TaskKind.Pointwise, new List<Diagnostic>())!;
        var b = PromptTemplate.Parse("t", "{{text}} ", null, null, TaskKind.Pointwise, new List<Diagnostic>())!;

        Assert.NotEqual(a.Version, b.Version);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
