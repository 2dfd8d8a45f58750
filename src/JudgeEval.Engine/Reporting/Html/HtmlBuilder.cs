using System.Runtime.CompilerServices;
using System.Text;

namespace JudgeEval.Engine.Reporting.Html;

/// <summary>Accumulates report markup; interpolated holes are encoded (see <see cref="HtmlInterpolatedStringHandler"/>).</summary>
public sealed class HtmlBuilder
{
    internal StringBuilder Target { get; } = new();

    public int Length => Target.Length;

    public HtmlBuilder Append([InterpolatedStringHandlerArgument("")] ref HtmlInterpolatedStringHandler html) => this;

    public HtmlBuilder Append(Markup markup)
    {
        Target.Append(markup.Html);
        return this;
    }

    public Markup ToMarkup() => new(Target.ToString());

    public override string ToString() => Target.ToString();
}
