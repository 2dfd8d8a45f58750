namespace JudgeEval.Engine.Cli;

/// <summary>
/// Ctrl+C for a command that can stop cleanly: the first press cancels <see cref="Token"/> and keeps the process alive
/// to finish up (live answers stay cached, labels are already on disk); a second press ends the process.
/// </summary>
sealed class CtrlC : IDisposable
{
    readonly CancellationTokenSource cancel = new();

    public CtrlC() => Console.CancelKeyPress += OnCancel;

    public CancellationToken Token => cancel.Token;

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancel;
        cancel.Dispose();
    }

    void OnCancel(object? sender, ConsoleCancelEventArgs e)
    {
        e.Cancel = !cancel.IsCancellationRequested;
        cancel.Cancel();
    }
}
