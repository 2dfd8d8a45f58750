namespace JudgeEval.Engine.Diagnostics;

/// <summary>A 1-based span in a file (the manifest or a data file); end is inclusive of the last character's column.</summary>
public sealed record SourceLocation(string File, int Line, int Column, int EndLine, int EndColumn)
{
    public static SourceLocation At(string file, int line, int column) => new(file, line, column, line, column);

    public override string ToString() => $"{File}({Line},{Column})";
}
