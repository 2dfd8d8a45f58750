using JudgeEval.Engine.Data;

namespace JudgeEval.Engine.Import;

/// <summary>
/// Reads one data format. Called through <see cref="Importers"/>, which has already checked that the file exists and
/// that the format can fill the role.
/// </summary>
public interface ISourceImporter
{
    /// <summary>The manifest's `format` value and what the manifest may write beside it (roles, options).</summary>
    SourceFormat Format { get; }

    /// <summary>Reads what <paramref name="role"/> asks for; bad input becomes located diagnostics in the result.</summary>
    ImportResult Import(SourceSpec source, DataRole role, TaskKind kind);
}
