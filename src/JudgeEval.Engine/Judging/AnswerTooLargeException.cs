namespace JudgeEval.Engine.Judging;

/// <summary>An endpoint's response passed <see cref="AnswerSizeLimit"/>; its message is the missing verdict's reason.</summary>
public sealed class AnswerTooLargeException : Exception
{
    public AnswerTooLargeException()
    {
    }

    public AnswerTooLargeException(string message)
        : base(message)
    {
    }

    public AnswerTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
