using System.ClientModel.Primitives;

namespace JudgeEval.Engine.Judging;

/// <summary>Adds the endpoint's extra headers (e.g. OpenRouter's X-Title) to every request.</summary>
internal sealed class HeadersPolicy(IReadOnlyDictionary<string, string> headers) : PipelinePolicy
{
    public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        Apply(message);
        ProcessNext(message, pipeline, currentIndex);
    }

    public override async ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        Apply(message);
        await ProcessNextAsync(message, pipeline, currentIndex).ConfigureAwait(false);
    }

    void Apply(PipelineMessage message)
    {
        foreach (var (name, value) in headers)
        {
            message.Request.Headers.Set(name, value);
        }
    }
}
