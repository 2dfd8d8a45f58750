using JudgeEval.Engine.Cli;
using JudgeEval.Engine.Diagnostics;
using JudgeEval.Engine.Labelling;

namespace JudgeEval.Engine.Tests.Labelling;

/// <summary>Prepares a labelling workspace the way the command does, failing the test with the diagnostics if it cannot.</summary>
static class LabelWorkspaces
{
    public static LabelWorkspace Prepare(string manifest, string annotator = "alice", params string[] options)
    {
        var (workspace, diagnostics) = Setup(manifest, annotator, options);
        Assert.True(workspace is not null, string.Join("\n", diagnostics.Select(d => d.ToCanonicalString())));
        return workspace!;
    }

    public static (LabelWorkspace? Workspace, IReadOnlyList<Diagnostic> Diagnostics) Setup(string manifest, string annotator = "alice", params string[] options)
    {
        var (args, error) = LabelArguments.Parse([manifest, "--annotator", annotator, .. options]);
        Assert.True(args is not null, error);
        return LabelSetup.Prepare(args!);
    }
}
