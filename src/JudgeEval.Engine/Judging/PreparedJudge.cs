namespace JudgeEval.Engine.Judging;

/// <summary>A judge whose endpoint exists and whose prompt loaded and fits the task.</summary>
internal sealed record PreparedJudge(LiveJudgeSettings Settings, EndpointSettings Endpoint, PromptTemplate Template);
