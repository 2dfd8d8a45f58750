using System;

namespace JudgeEval.Tasks;

/// <summary>A line of engine output that is a CI logging command: GitHub Actions' `::command ...::` or Azure Pipelines' `##vso[...]`.</summary>
public static class CiCommandLine
{
    public static bool Is(string line) =>
        line.StartsWith("::", StringComparison.Ordinal) || line.StartsWith("##vso[", StringComparison.Ordinal);
}
