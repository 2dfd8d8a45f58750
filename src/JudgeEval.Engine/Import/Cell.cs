namespace JudgeEval.Engine.Import;

/// <summary>What a field held in the source, before the role decides what it means.</summary>
enum CellKind : byte
{
    Absent,

    Null,

    Number,

    Text,

    List,

    /// <summary>A JSON object or array where a scalar belongs.</summary>
    Structured,
}

/// <summary>One field's value; numbers stay unboxed so numeric columns cost no allocation.</summary>
readonly struct Cell
{
    Cell(CellKind kind, double number, string? text, IReadOnlyList<string>? list)
    {
        Kind = kind;
        Number = number;
        Text = text;
        List = list;
    }

    public CellKind Kind { get; }

    public double Number { get; }

    public string? Text { get; }

    public IReadOnlyList<string>? List { get; }

    public static Cell Null { get; } = new(CellKind.Null, 0, null, null);

    public static Cell Structured { get; } = new(CellKind.Structured, 0, null, null);

    public static Cell Of(double number) => new(CellKind.Number, number, null, null);

    public static Cell Of(string text) => new(CellKind.Text, 0, text, null);

    public static Cell Of(IReadOnlyList<string> list) => new(CellKind.List, 0, null, list);

    /// <summary>Absent, null, or text that is empty or white space.</summary>
    public bool IsBlank => Kind is CellKind.Absent or CellKind.Null || (Kind == CellKind.Text && string.IsNullOrWhiteSpace(Text));

    /// <summary>How the value was written, for messages.</summary>
    public string Display => Kind switch
    {
        CellKind.Number => Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        CellKind.Text => Text!,
        CellKind.List => string.Join(";", List!),
        CellKind.Null => "null",
        CellKind.Structured => "an object or array",
        _ => "",
    };
}
