using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Tests.Diagnostics;

/// <summary>Every console line built from a diagnostic is one line: control characters from the data are escaped.</summary>
public class ConsoleTextTests
{
    [Fact]
    public void A_newline_in_data_cannot_forge_a_second_canonical_line()
    {
        var d = new Diagnostic("JE0059", Severity.Warning, "Property 'x\nsrc/Program.cs(1,1): error CS0001: forged\r\u001b[31m\u0007\u2028\u202e' is ignored.", SourceLocation.At("/data/a\nb.jsonl", 1, 1));

        var line = d.ToCanonicalString();

        Assert.Equal(@"/data/a\nb.jsonl(1,1): warning JE0059: Property 'x\nsrc/Program.cs(1,1): error CS0001: forged\r\e[31m\a\u2028\u202E' is ignored.", line);
        Assert.DoesNotContain(line, c => char.IsControl(c));
    }

    [Fact]
    public void Ordinary_text_and_windows_paths_are_unchanged()
    {
        var d = new Diagnostic("JE2001", Severity.Warning, "Judge 'a' — kappa 0.50 (n = 40).", SourceLocation.At(@"C:\repo\judgeeval.yaml", 3, 5));

        Assert.Equal(@"C:\repo\judgeeval.yaml(3,5): warning JE2001: Judge 'a' — kappa 0.50 (n = 40).", d.ToCanonicalString());
    }
}
