using JudgeEval.Tasks;

namespace JudgeEval.Tasks.Tests;

/// <summary>The stamp file is an incremental input: rewritten only when the properties change.</summary>
public sealed class StampTaskTests : IDisposable
{
    readonly string dir = Directory.CreateTempSubdirectory("je-stamp-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Unchanged_properties_leave_the_file_untouched()
    {
        var file = Path.Combine(dir, "sub", "properties.hash");
        Stamp(file, "kappaWarn=0.8");
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(file, old);

        Stamp(file, "kappaWarn=0.8");
        Assert.Equal(old, File.GetLastWriteTimeUtc(file));

        Stamp(file, "kappaWarn=0.9");
        Assert.NotEqual(old, File.GetLastWriteTimeUtc(file));
        Assert.Equal(PropertyHash.Compute(["kappaWarn=0.9"]), File.ReadAllText(file).Trim());
    }

    static void Stamp(string file, params string[] values) =>
        Assert.True(new JudgeEvalStampTask { BuildEngine = new RecordingBuildEngine(), File = file, Values = values }.Execute());
}
