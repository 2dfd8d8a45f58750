using System.Globalization;
using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Import;

/// <summary>Interprets cells as numbers, whole numbers, pairwise verdicts and dates, the same way for every format.</summary>
static class Values
{
    public static bool TryNumber(in Cell cell, out double value)
    {
        value = cell.Number;
        return cell.Kind == CellKind.Number
            || (cell.Kind == CellKind.Text && double.TryParse(cell.Text.AsSpan().Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value)
                && double.IsFinite(value));
    }

    public static bool TryWholeNumber(in Cell cell, out int value)
    {
        value = 0;
        if (!TryNumber(cell, out var number) || Math.Floor(number) != number || number is < int.MinValue or > int.MaxValue)
        {
            return false;
        }

        value = (int)number;
        return true;
    }

    /// <summary>Pairwise verdict in the original numbering: first/1, second/2, tie/1.5.</summary>
    public static bool TryVerdict(in Cell cell, out double value)
    {
        if (cell.Kind == CellKind.Text)
        {
            var text = cell.Text.AsSpan().Trim();
            if (text.Equals("first", StringComparison.OrdinalIgnoreCase))
            {
                value = Preference.First;
                return true;
            }

            if (text.Equals("second", StringComparison.OrdinalIgnoreCase))
            {
                value = Preference.Second;
                return true;
            }

            if (text.Equals("tie", StringComparison.OrdinalIgnoreCase))
            {
                value = Preference.Tie;
                return true;
            }
        }

        return TryNumber(cell, out value) && value is Preference.First or Preference.Second or Preference.Tie;
    }

    /// <summary>
    /// A binary verdict: a number (0 or 1 as the scale then checks), or true/false, yes/no, pass/fail in any case, read as
    /// 1 and 0.
    /// </summary>
    public static bool TryBinary(in Cell cell, out double value)
    {
        if (cell.Kind == CellKind.Text)
        {
            var text = cell.Text.AsSpan().Trim();
            foreach (var (word, meaning) in BooleanWords)
            {
                if (text.Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    value = meaning;
                    return true;
                }
            }
        }

        return TryNumber(cell, out value);
    }

    static readonly (string Word, double Value)[] BooleanWords =
        [("true", 1), ("false", 0), ("yes", 1), ("no", 0), ("pass", 1), ("fail", 0)];

    public static bool TryDate(in Cell cell, out DateOnly value)
    {
        value = default;
        return cell.Kind == CellKind.Text
            && DateOnly.TryParseExact(cell.Text.AsSpan().Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    /// <summary>Text of a text column; numbers keep their written form, blanks are null.</summary>
    public static string? Text(in Cell cell) => cell.Kind switch
    {
        CellKind.Text => Text(cell.Text),
        CellKind.Number => cell.Number.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>A text as a column holds it: an empty one is none.</summary>
    public static string? Text(string? text) => string.IsNullOrEmpty(text) ? null : text;

    /// <summary>Tags: a list, or one text with `;` between tags.</summary>
    public static IReadOnlyList<string> Tags(in Cell cell) => cell.Kind switch
    {
        CellKind.List => cell.List!,
        CellKind.Text => cell.Text!.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        _ => [],
    };

    /// <summary>Why a blank score is missing when the source gives no reason.</summary>
    public static string BlankReason(in Cell cell) => cell.Kind switch
    {
        CellKind.Null => "null in source",
        CellKind.Absent => "no score in source",
        _ => "empty in source",
    };

    /// <summary>The raw answers of both presentation orders as one reviewable text.</summary>
    public static string? JoinOrders(string? original, string? swapped) => (original, swapped) switch
    {
        (null, null) => null,
        (_, null) => original,
        (null, _) => "[output 2 shown first]\n" + swapped,
        _ => "[output 1 shown first]\n" + original + "\n\n[output 2 shown first]\n" + swapped,
    };
}
