namespace JudgeEval.Engine.Import;

/// <summary>
/// Where a row of a line format was read: whole lines, as <see cref="ImportContext.Line(LineSpan)"/> turns it into a
/// location. Kept as numbers so that a row without a problem costs no <see cref="Diagnostics.SourceLocation"/>.
/// </summary>
readonly record struct LineSpan(int Line, int EndLine, int EndColumn);
