using JudgeEval.Engine.Data;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Import;

/// <summary>
/// The one registry of data formats: every importer by its `format` name, each carrying its manifest-facing
/// <see cref="SourceFormat"/>. The manifest reader validates sources against it and the pipeline imports through it,
/// so a new format is one importer file plus one line in <see cref="All"/>. Also the one entry point that turns any
/// bad input into diagnostics.
/// </summary>
/// <remarks>
/// Layering: Manifest → Import → Data. The registry lives here, beside the importers, and the manifest reader asks it
/// what a format accepts; importers see only the <see cref="SourceSpec"/> the manifest produced (a Data type), never
/// the manifest, so the dependency runs one way.
/// </remarks>
public static class Importers
{
    /// <summary>In documentation order (docs/manifest.md, Formats).</summary>
    static readonly ISourceImporter[] All =
    [
        new JsonlImporter(),
        new CsvImporter(),
        new TrecQrelsImporter(),
        new RagEvalExternalImporter(),
        new RagEvalWithinCorpusImporter(),
        new LlmBarImporter(),
        new MeaiImporter(),
        new PromptfooImporter(),
        new InspectImporter(),
    ];

    static readonly Dictionary<string, ISourceImporter> ByFormat = All.ToDictionary(i => i.Format.Name, StringComparer.Ordinal);

    /// <summary>The format names, in documentation order.</summary>
    public static IReadOnlyList<string> Formats { get; } = [.. All.Select(i => i.Format.Name)];

    /// <summary>Every option any format reads; a key outside these and path/format is unknown.</summary>
    public static IReadOnlyList<string> AllOptions { get; } = [.. All.SelectMany(i => i.Format.Options).Distinct(StringComparer.Ordinal)];

    public static ISourceImporter? Find(string format) => ByFormat.GetValueOrDefault(format);

    /// <summary>Reads <paramref name="source"/> for <paramref name="role"/>; never throws for bad input or I/O failures.</summary>
    public static ImportResult Import(SourceSpec source, DataRole role, TaskKind kind)
    {
        if (Find(source.Format) is not { } importer)
        {
            return Fail(ImportDiagnostics.UnknownFormat, $"Unknown format '{source.Format}'; known formats: {string.Join(", ", Formats)}.", source.OptionAt("format"));
        }

        if (importer.Format.PathIsFolder ? !Directory.Exists(source.Path) : !File.Exists(source.Path))
        {
            return Fail(ImportDiagnostics.FileNotFound, $"Data file '{source.Path}' does not exist.", source.OptionAt("path"));
        }

        // A folder source (a result store) is a folder; its files are checked as they are read (JsonSource.Load).
        if (!importer.Format.PathIsFolder && IO.InputFile.NotRegular(source.Path) is { } what)
        {
            return Fail(DataLimits.NotRegularFile, $"Data file '{source.Path}' is {what}; only regular files are read.", source.OptionAt("path"));
        }

        if (!importer.Format.Roles.Contains(role))
        {
            var context = new ImportContext(source, role, kind);
            context.RoleNotProvided(importer.Format);
            return context.ToResult();
        }

        try
        {
            var result = importer.Import(source, role, kind);
            return source.Option("key") is { } key ? OnlyKey(result, key) : result;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(ImportDiagnostics.FileUnreadable, $"Data file '{source.Path}' could not be read: {e.Message}", source.OptionAt("path"));
        }
#pragma warning disable CA1031 // The contract is "never throws": an importer bug must still surface as a located diagnostic.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return Fail(ImportDiagnostics.FileUnreadable, $"Data file '{source.Path}' could not be read as {source.Format} ({e.GetType().Name}: {e.Message}).", source.OptionAt("path"));
        }
    }

    static ImportResult OnlyKey(ImportResult result, string key) => result.Judgments.Keys.All(k => k == key)
        ? result
        : result with { Judgments = result.Judgments.Where(p => p.Key == key).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal) };

    static ImportResult Fail(DiagnosticDescriptor descriptor, string message, SourceLocation at) =>
        new() { Diagnostics = [descriptor.Create(message, at)] };
}
