namespace JudgeEval.Engine.Workspace;

/// <summary>The CI system a run is in, from the variables each one sets on every job.</summary>
public enum CiHost
{
    None,

    GitHubActions,

    AzurePipelines,
}

public static class CiHosts
{
    /// <summary>GitHub Actions sets GITHUB_ACTIONS=true; Azure Pipelines sets TF_BUILD=True.</summary>
    public static CiHost Detect(Func<string, string?> environment) =>
        string.Equals(environment("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase) ? CiHost.GitHubActions
        : string.Equals(environment("TF_BUILD"), "true", StringComparison.OrdinalIgnoreCase) ? CiHost.AzurePipelines
        : CiHost.None;
}
