namespace JudgeEval.EndToEnd.Tests;

/// <summary>The user owns severity: JE codes are real MSBuild warnings, so MSBuild's own switches apply to them.</summary>
[Collection(EndToEndCollection.Name)]
public class SeverityTests(PackagesFixture packages)
{
    [Fact]
    public void NoWarn_silences_the_codes()
    {
        var consumer = Consumer.Create(packages, "nowarn");
        SmallEval.WriteTo(consumer.Dir);
        var codes = Consumer.Codes(consumer.Build(), "warning");
        Assert.NotEmpty(codes);

        var quiet = consumer.Build("--no-restore", "-p:NoWarn=" + string.Join("%3B", codes));

        Assert.True(quiet.ExitCode == 0, quiet.ToString());
        Assert.Empty(Consumer.Findings(quiet, "warning"));
    }

    [Fact]
    public void WarningsAsErrors_and_warnaserror_fail_the_build_but_TreatWarningsAsErrors_is_for_the_compiler()
    {
        var consumer = Consumer.Create(packages, "warnaserror");
        SmallEval.WriteTo(consumer.Dir);
        var code = Consumer.Codes(consumer.Build(), "warning")[0];

        var property = consumer.Build("--no-restore", "-p:WarningsAsErrors=" + code);
        var option = consumer.Build("--no-restore", "-warnaserror");
        var compilerOnly = consumer.Build("--no-restore", "-p:TreatWarningsAsErrors=true");

        Assert.Equal(1, property.ExitCode);
        Assert.Contains(code, Consumer.Codes(property, "error"));
        Assert.Equal(1, option.ExitCode);
        Assert.Contains(code, Consumer.Codes(option, "error"));
        Assert.True(compilerOnly.ExitCode == 0, compilerOnly.ToString());
        Assert.Contains(code, Consumer.Codes(compilerOnly, "warning"));
    }
}
