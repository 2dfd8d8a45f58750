using System.Globalization;
using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Import;

/// <summary>The project's own table format: RFC 4180 CSV with a header row of the jsonl column names; `delimiter` option.</summary>
public sealed class CsvImporter : ISourceImporter
{
    public SourceFormat Format { get; } = new("csv", SourceFormat.AnyRole, ["key", "delimiter", "column"]);

    public ImportResult Import(SourceSpec source, DataRole role, TaskKind kind)
    {
        var context = new ImportContext(source, role, kind);
        if (Delimiter(context) is not { } delimiter)
        {
            return context.ToResult();
        }

        using var csv = new CsvReader(source.Path, delimiter);
        if (!csv.Read() || Refused(csv, context))
        {
            return context.ToResult();
        }

        var header = context.Line(csv.StartLine, csv.EndLine, csv.EndColumn);
        var columns = Header(csv, role, context, header);
        if (columns is null)
        {
            return context.ToResult();
        }

        var mapper = new TableMapper(context);
        var row = new TableRow();
        while (csv.Read())
        {
            var at = new LineSpan(csv.StartLine, csv.EndLine, csv.EndColumn);
            if (Refused(csv, context))
            {
                continue;
            }

            if (csv.Error is { } error)
            {
                context.Report(ImportDiagnostics.WrongFieldCount, $"Row at line {csv.StartLine}: {error}; it is read leniently.", context.Line(at));
            }

            if (csv.FieldCount != columns.Length)
            {
                context.Report(ImportDiagnostics.WrongFieldCount, string.Create(CultureInfo.InvariantCulture, $"Row at line {csv.StartLine} has {csv.FieldCount} fields; the header has {columns.Length}. It is skipped."), context.Line(at));
                continue;
            }

            row.Clear();
            for (var i = 0; i < columns.Length; i++)
            {
                if (columns[i] is { } column)
                {
                    row[column] = ToCell(csv[i], column);
                }
            }

            mapper.Add(row, at);
        }

        mapper.Complete();
        return context.ToResult();
    }

    /// <summary>An over-long record or one with undecodable bytes is reported at its line and skipped.</summary>
    static bool Refused(CsvReader csv, ImportContext context)
    {
        if (!csv.TooLong && !csv.InvalidText)
        {
            return false;
        }

        var at = context.Line(csv.StartLine, csv.EndLine, csv.EndColumn);
        if (csv.TooLong)
        {
            context.Report(DataLimits.RowTooLong, string.Create(CultureInfo.InvariantCulture, $"The record at line {csv.StartLine} is longer than {DataLimits.MaxRowBytes:N0} characters (a quoted field that is never closed?); it is skipped to the end of its line."), at);
            return true;
        }

        context.Report(DataLimits.InvalidText, $"The record at line {csv.StartLine} holds bytes that are not UTF-8; the row is skipped.", at);
        return true;
    }

    static char? Delimiter(ImportContext context)
    {
        var option = context.Source.Option("delimiter");
        if (option is null)
        {
            return ',';
        }

        if (option is "\\t" or "tab" or "\t")
        {
            return '\t';
        }

        if (option.Length == 1 && option[0] is not ('"' or '\r' or '\n'))
        {
            return option[0];
        }

        context.Report(ImportDiagnostics.BadOption, $"`delimiter` must be one character (or tab), not '{option}'.", context.Source.OptionAt("delimiter"));
        return null;
    }

    /// <summary>The column of each field, null for fields the role does not read; null when a required column is missing.</summary>
    static Column?[]? Header(CsvReader csv, DataRole role, ImportContext context, Diagnostics.SourceLocation at)
    {
        var needed = Columns.Needed(role);
        var columns = new Column?[csv.FieldCount];
        var present = new bool[Columns.Count];
        var wide = WideColumn.Of(context);
        if (wide.Invalid)
        {
            return null;
        }

        for (var i = 0; i < csv.FieldCount; i++)
        {
            var name = csv.Field(i).Trim();
            if (wide.Takes(name) is { } target)
            {
                columns[i] = target;
                present[(int)target] = true;
                continue;
            }

            var index = Columns.Find(name);
            if (index < 0 || wide.Replaces((Column)index))
            {
                // In a wide table the other columns are other judges (or annotators): not typos.
                if (index < 0 && !wide.Active)
                {
                    context.IgnoreColumn(name, $"Column '{name}' is not a column of the csv format and is ignored.", at);
                }

                continue;
            }

            present[index] = true;
            if (needed[index])
            {
                columns[i] = (Column)index;
            }
        }

        var missing = new List<string>();
        if (wide.Active && !wide.Found)
        {
            missing.Add($"'{wide.Name}' (named by `column`)");
        }

        if (!present[(int)Column.Id])
        {
            missing.Add("`id`");
        }

        if (role == DataRole.HumanLabels && !present[(int)Column.Label])
        {
            missing.Add("`label`");
        }

        if (role == DataRole.Judgments && !present[(int)Column.Score] && !present[(int)Column.Verdict])
        {
            missing.Add("`score` or `verdict`");
        }

        if (missing.Count == 0)
        {
            return columns;
        }

        context.Report(ImportDiagnostics.MissingColumn, $"The header has no {string.Join(" and no ", missing)} column.", at);
        return null;
    }

    static Cell ToCell(ReadOnlySpan<char> field, Column column)
    {
        if (Columns.IsNumeric(column))
        {
            if (field.Trim().IsEmpty)
            {
                return Cell.Of("");
            }

            if (double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
            {
                return Cell.Of(number);
            }
        }

        return Cell.Of(field.IsEmpty ? "" : new string(field));
    }
}
