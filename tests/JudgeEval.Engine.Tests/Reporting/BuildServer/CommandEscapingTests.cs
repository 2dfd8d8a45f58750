using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Reporting.BuildServer;
using JudgeEval.Engine.Tests.Workspace;
using JudgeEval.Engine.Workspace;

namespace JudgeEval.Engine.Tests.Reporting.BuildServer;

/// <summary>Untrusted text in a CI command stays one line and reads back as written (GitHub) or as its escape rules say (Azure).</summary>
public class CommandEscapingTests
{
    static readonly string Root = Path.Combine(Path.GetTempPath(), "repo");

    static readonly RepositoryContext Repository = new(Root, null);

    const string Hostile = "50% of 'a,b': done\r\n::error file=x::forged\n##vso[task.setvariable variable=X]1;]";

    [Fact]
    public void A_GitHub_annotation_is_one_line_and_its_message_and_properties_read_back_exactly()
    {
        var file = Path.Combine(Root, "odd,dir:x", "judgeeval.yaml");
        var line = GitHubCommands.Annotation(new Diagnostic("JE2002", Severity.Error, Hostile, new SourceLocation(file, 3, 5, 3, 9)), Repository);

        Assert.DoesNotContain('\n', line);
        Assert.DoesNotContain('\r', line);
        var (command, p, message) = WorkflowCommand.Parse(line);
        Assert.Equal("error", command);
        Assert.Equal(Hostile, message);
        Assert.Equal("odd,dir:x/judgeeval.yaml", p["file"]);
        Assert.Equal(("3", "5", "3", "9", "JE2002"), (p["line"], p["col"], p["endLine"], p["endColumn"], p["title"]));
        Assert.Equal(6, p.Count);
    }

    [Fact]
    public void Multi_line_spans_drop_columns_files_outside_the_root_drop_the_location_and_info_is_a_notice()
    {
        var multi = WorkflowCommand.Parse(GitHubCommands.Annotation(new Diagnostic("JE2001", Severity.Warning, "m", new SourceLocation(Path.Combine(Root, "a.yaml"), 3, 5, 6, 2)), Repository));
        var outside = WorkflowCommand.Parse(GitHubCommands.Annotation(new Diagnostic("JE0050", Severity.Info, "m", SourceLocation.At(Path.Combine(Path.GetTempPath(), "elsewhere.jsonl"), 1, 1)), Repository));
        var unlocated = GitHubCommands.Annotation(new Diagnostic("JE0099", Severity.Error, "m", null), Repository);

        Assert.Equal(("warning", "3", "6"), (multi.Command, multi.Properties["line"], multi.Properties["endLine"]));
        Assert.False(multi.Properties.ContainsKey("col") || multi.Properties.ContainsKey("endColumn"));
        Assert.Equal("notice", outside.Command);
        Assert.Equal(["title"], outside.Properties.Keys);
        Assert.Equal("::error title=JE0099::m", unlocated);
    }

    [Fact]
    public void Invisible_and_reordering_characters_become_visible_escapes()
    {
        var (_, _, message) = WorkflowCommand.Parse(GitHubCommands.Annotation(new Diagnostic("JE2002", Severity.Error, "a\u001b[31mb\u202Ec\u0007", null), Repository));

        Assert.Equal("a\\u001B[31mb\\u202Ec\\u0007", message);
    }

    [Fact]
    public void An_Azure_issue_is_one_line_whose_properties_end_at_the_first_bracket()
    {
        var file = Path.Combine(Root, "a;b]c", "judgeeval.yaml");
        var line = AzureCommands.LogIssue(new Diagnostic("JE2002", Severity.Error, Hostile, new SourceLocation(file, 3, 5, 3, 9)), Repository)!;

        Assert.DoesNotContain('\n', line);
        Assert.DoesNotContain('\r', line);
        Assert.StartsWith("##vso[task.logissue type=error;sourcepath=a%3Bb%5Dc/judgeeval.yaml;linenumber=3;columnnumber=5;code=JE2002]", line, StringComparison.Ordinal);
        var message = line[(line.IndexOf(']', StringComparison.Ordinal) + 1)..];
        Assert.Equal(Hostile, Unescape(message));
        Assert.Null(AzureCommands.LogIssue(new Diagnostic("JE4002", Severity.Info, "m", null), Repository));
    }

    /// <summary>The agent's unescaping (azure-pipelines-agent CommandStringConvertor, percent decoding off).</summary>
    static string Unescape(string s) => s.Replace("%3B", ";", StringComparison.Ordinal).Replace("%0D", "\r", StringComparison.Ordinal)
        .Replace("%0A", "\n", StringComparison.Ordinal).Replace("%5D", "]", StringComparison.Ordinal);
}
