using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Import;

/// <summary>One import in progress: what was asked, what was read so far and the problems found.</summary>
sealed class ImportContext(SourceSpec source, DataRole role, TaskKind kind)
{
    readonly ProblemLog problems = new();
    readonly Dictionary<string, List<Judgment>> judgments = new(StringComparer.Ordinal);
    readonly Dictionary<string, JudgmentColumns> columns = new(StringComparer.Ordinal);
    string? lastKey;
    JudgmentColumns? lastColumns;

    public SourceSpec Source { get; } = source;

    public DataRole Role { get; } = role;

    public TaskKind Kind { get; } = kind;

    public string File => Source.Path;

    /// <summary>Ids as shared strings: the run's table, or this import's own.</summary>
    public IdTable Ids { get; } = source.Ids ?? new IdTable();

    /// <summary>
    /// This source's other names that repeat from row to row (query ids, models, judge keys, annotators), one string
    /// each; kept apart from <see cref="Ids"/> so that the ids there stay numbered in the files' order.
    /// </summary>
    public IdTable Names { get; } = new();

    /// <summary>The `key` option: only judgments of this judge key are kept.</summary>
    public string? Key { get; } = source.Option("key");

    public List<EvalItem> Items { get; } = [];

    /// <summary>Labels by column; a line format adds each row's lines, other formats whole records.</summary>
    public LabelColumns Labels { get; } = new(source.Path);

    public bool WantsKey(string key) => Key is null || string.Equals(Key, key, StringComparison.Ordinal);

    public void Report(DiagnosticDescriptor descriptor, string message, SourceLocation? where) =>
        problems.Add(descriptor, message, where, Source.DeclaredAt);

    /// <summary>Columns present in the file that the format does not read; a label or score under another name is one.</summary>
    public List<string> IgnoredColumns { get; } = [];

    /// <summary>Label rows without a label value ("not labelled").</summary>
    public int RowsWithoutLabel { get; set; }

    public void IgnoreColumn(string name, string message, SourceLocation at)
    {
        IgnoredColumns.Add(name);
        Report(ImportDiagnostics.UnknownColumn, message, at);
    }

    public SourceLocation Line(int line, int endLine, int endColumn) => new(File, line, 1, endLine, Math.Max(1, endColumn));

    public SourceLocation Line(LineSpan span) => Line(span.Line, span.EndLine, span.EndColumn);

    public SourceLocation FileStart => SourceLocation.At(File, 1, 1);

    public List<Judgment> JudgmentsOf(string key)
    {
        if (!judgments.TryGetValue(key, out var list))
        {
            list = [];
            judgments.Add(key, list);
        }

        return list;
    }

    public void AddJudgment(string key, Judgment judgment) => JudgmentsOf(key).Add(judgment);

    /// <summary>
    /// A judgment read from whole lines of <see cref="File"/>, stored by column: no record and no location per row, and
    /// the item id as <paramref name="idEntry"/>, its entry in <see cref="Ids"/>.
    /// </summary>
    public void AddJudgment(string key, int idEntry, double? score, int sample, string? missingReason, string? rawText, LineSpan at)
    {
        // Rows of one judge usually follow each other (a file of one judge has the key "" throughout).
        if (lastColumns is not { } rows || !string.Equals(key, lastKey, StringComparison.Ordinal))
        {
            if (!columns.TryGetValue(key, out rows))
            {
                rows = new JudgmentColumns(File, Ids);
                columns.Add(key, rows);
            }

            (lastKey, lastColumns) = (key, rows);
        }

        rows.Add(idEntry, score, sample, missingReason, rawText, at.Line, at.EndLine, at.EndColumn);
    }

    /// <summary>A single-judge format: a non-empty `key` cannot select anything in it.</summary>
    public bool RejectKey(SourceFormat format)
    {
        if (string.IsNullOrEmpty(Key))
        {
            return false;
        }

        Report(ImportDiagnostics.BadOption, $"A {format.Name} file holds one judge; `key: {Key}` selects nothing. Remove `key`.", Source.OptionAt("key"));
        return true;
    }

    /// <summary>Reports that <paramref name="format"/> cannot fill the role asked for.</summary>
    public void RoleNotProvided(SourceFormat format) =>
        Report(ImportDiagnostics.RoleNotProvided, $"The {format.Name} format has no {SourceFormat.Describe(Role)}; it provides {string.Join(" and ", format.Roles.Select(SourceFormat.Describe))}.", Source.DeclaredAt);

    /// <summary>Reports a task-kind mismatch; true when the format fits the task.</summary>
    public bool Fits(SourceFormat format, TaskKind required)
    {
        if (Kind == required)
        {
            return true;
        }

        Report(ImportDiagnostics.TaskKindMismatch, $"The {format.Name} format holds {Describe(required)} data but the task is {Describe(Kind)}.", Source.DeclaredAt);
        return false;
    }

    public ImportResult ToResult()
    {
        problems.Summarize();
        return new ImportResult
        {
            Items = Items,
            Labels = Labels,
            Judgments = Judgments(),
            Diagnostics = problems.Diagnostics,
            ProblemCounts = problems.CountsByCode,
            IgnoredColumns = IgnoredColumns,
            RowsWithoutLabel = RowsWithoutLabel,
        };
    }

    /// <summary>Keys in the order they first appeared; a source stores a key's rows either as records or as columns.</summary>
    Dictionary<string, IReadOnlyList<Judgment>> Judgments()
    {
        var all = new Dictionary<string, IReadOnlyList<Judgment>>(judgments.Count + columns.Count, StringComparer.Ordinal);
        foreach (var (key, list) in judgments)
        {
            all.Add(key, list);
        }

        foreach (var (key, rows) in columns)
        {
            all.Add(key, rows);
        }

        return all;
    }

    static string Describe(TaskKind kind) => kind == TaskKind.Pairwise ? "pairwise" : "pointwise";
}
