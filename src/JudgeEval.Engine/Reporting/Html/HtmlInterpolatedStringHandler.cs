using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace JudgeEval.Engine.Reporting.Html;

/// <summary>
/// Lets sections write <c>h.Append($"&lt;td&gt;{judge.Model}&lt;/td&gt;")</c>: the literal parts are the report's own markup,
/// every hole is HTML-encoded unless it is a <see cref="Markup"/>. Encoding is the default, so it cannot be forgotten.
/// </summary>
[InterpolatedStringHandler]
public readonly ref struct HtmlInterpolatedStringHandler
{
    readonly StringBuilder target;

    public HtmlInterpolatedStringHandler(int literalLength, int formattedCount, HtmlBuilder builder)
    {
        target = builder.Target;
        target.EnsureCapacity(target.Length + literalLength + (formattedCount * 8));
    }

    public void AppendLiteral(string value) => target.Append(value);

    public void AppendFormatted(string? value) => HtmlText.Encode(target, value);

    public void AppendFormatted(Markup value) => target.Append(value.Html);

    public void AppendFormatted(int value) => target.Append(value.ToString(CultureInfo.InvariantCulture));
}
