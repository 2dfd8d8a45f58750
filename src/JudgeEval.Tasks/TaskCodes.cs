namespace JudgeEval.Tasks;

/// <summary>Codes the task logs itself; their descriptors and docs live in the engine (src/JudgeEval.Engine/Cli/TaskDiagnostics.cs).</summary>
public static class TaskCodes
{
    public const string EngineNotFound = "JE0095";
    public const string EngineCrashed = "JE0096";
    public const string EngineTimedOut = "JE0097";
    public const string BadDiagnosticsFile = "JE0098";
}
