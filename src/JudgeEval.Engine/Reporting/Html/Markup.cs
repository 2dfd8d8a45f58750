namespace JudgeEval.Engine.Reporting.Html;

/// <summary>A fragment the report itself produced (already encoded); interpolating it into an <see cref="HtmlBuilder"/> writes it verbatim.</summary>
public readonly record struct Markup(string Html)
{
    public static Markup Empty { get; } = new(string.Empty);

    public override string ToString() => Html;
}
