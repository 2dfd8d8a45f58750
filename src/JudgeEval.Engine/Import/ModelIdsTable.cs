using System.Globalization;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Import;

/// <summary>
/// The `modelIds` file of the llmbar format (DERIVED_model_ids.csv: subset,index,question_id,model_output_1,model_output_2,label):
/// which model wrote each output, by (subset, index). Cells naming several models (`a|b`) are kept as written.
/// </summary>
sealed class ModelIdsTable
{
    readonly Dictionary<int, Row> rows = [];

    ModelIdsTable(string path) => Path = path;

    public string Path { get; }

    public IReadOnlyDictionary<int, Row> Rows => rows;

    /// <summary>The rows of <paramref name="subset"/>; null (with a diagnostic) when the file cannot be used.</summary>
    public static ModelIdsTable? Read(string option, string subset, ImportContext context)
    {
        var at = context.Source.OptionAt("modelIds");
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(context.Source.BaseDirectory, option));
        if (!File.Exists(path))
        {
            context.Report(ImportDiagnostics.FileNotFound, $"The modelIds file '{path}' does not exist.", at);
            return null;
        }

        var table = new ModelIdsTable(path);
        using var csv = new CsvReader(path, ',');
        if (!csv.Read())
        {
            return table;
        }

        var header = new SourceLocation(path, csv.StartLine, 1, csv.EndLine, Math.Max(1, csv.EndColumn));
        int Column(string name)
        {
            for (var i = 0; i < csv.FieldCount; i++)
            {
                if (csv[i].Trim().Equals(name, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }

        var (subsetAt, indexAt, model1At, model2At, labelAt) = (Column("subset"), Column("index"), Column("model_output_1"), Column("model_output_2"), Column("label"));
        if (subsetAt < 0 || indexAt < 0 || model1At < 0 || model2At < 0)
        {
            context.Report(ImportDiagnostics.MissingColumn, "The modelIds header needs subset, index, model_output_1 and model_output_2 columns.", header);
            return null;
        }

        var fields = csv.FieldCount;
        while (csv.Read())
        {
            var where = new SourceLocation(path, csv.StartLine, 1, csv.EndLine, Math.Max(1, csv.EndColumn));
            if (csv.FieldCount != fields)
            {
                context.Report(ImportDiagnostics.WrongFieldCount, string.Create(CultureInfo.InvariantCulture, $"modelIds row at line {csv.StartLine} has {csv.FieldCount} fields; the header has {fields}. It is skipped."), where);
                continue;
            }

            if (!csv[subsetAt].Trim().Equals(subset, StringComparison.Ordinal))
            {
                continue;
            }

            if (!int.TryParse(csv[indexAt], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                context.Report(ImportDiagnostics.ModelIdsMismatch, $"modelIds row at line {csv.StartLine}: index '{csv.Field(indexAt)}' is not a whole number; the row is ignored.", where);
                continue;
            }

            int? label = labelAt >= 0 && int.TryParse(csv[labelAt], NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : null;
            if (!table.rows.TryAdd(index, new Row(Model(csv, model1At), Model(csv, model2At), label, where)))
            {
                context.Report(ImportDiagnostics.ModelIdsMismatch, string.Create(CultureInfo.InvariantCulture, $"modelIds has a second row for {subset} index {index}; it is ignored."), where);
            }
        }

        return table;
    }

    static string? Model(CsvReader csv, int column) => csv[column].Trim().IsEmpty ? null : csv.Field(column).Trim();

    public readonly record struct Row(string? Model1, string? Model2, int? Label, SourceLocation At);
}
