using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Import;

/// <summary>
/// The csv `column` option: a wide table has one row per item and one column per judge (or annotator), e.g.
/// `id,JudgeLM,GPT-4,Human`. The named column is read as the judgment's score (pairwise: verdict) or as the label, in
/// place of the standard `score`, `verdict` or `label` column; the other columns are not warned about.
/// </summary>
sealed class WideColumn
{
    readonly Column? target;

    WideColumn(string? name, Column? target, bool invalid)
    {
        Name = name;
        this.target = target;
        Invalid = invalid;
    }

    public string? Name { get; }

    /// <summary>The option was given for a role it cannot serve (items); the error is reported.</summary>
    public bool Invalid { get; }

    public bool Active => Name is not null;

    /// <summary>The header had the named column.</summary>
    public bool Found { get; private set; }

    public static WideColumn Of(ImportContext context)
    {
        var name = context.Source.Option("column");
        if (name is null)
        {
            return new WideColumn(null, null, invalid: false);
        }

        if (context.Role == DataRole.Items)
        {
            context.Report(ImportDiagnostics.BadOption, $"`column: {name}` picks a judge's or the human labels' column of a wide table; items are read from the standard columns. Remove `column` from the items source.", context.Source.OptionAt("column"));
            return new WideColumn(name, null, invalid: true);
        }

        var target = context.Role == DataRole.HumanLabels ? Column.Label
            : context.Kind == TaskKind.Pairwise ? Column.Verdict
            : Column.Score;
        return new WideColumn(name, target, invalid: false);
    }

    /// <summary>The column a header field is read as when it is the named one.</summary>
    public Column? Takes(string header)
    {
        if (Name is null || !string.Equals(header, Name, StringComparison.Ordinal))
        {
            return null;
        }

        Found = true;
        return target;
    }

    /// <summary>A standard column the named one stands in for (`score`, `verdict` or `label`), which is then not read.</summary>
    public bool Replaces(Column column) => Active && column is Column.Score or Column.Verdict or Column.Label;
}
