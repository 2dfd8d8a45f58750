using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Audit;

/// <summary>
/// One audit concern: it declares its diagnostic codes (as public static descriptor fields beside its logic, which the
/// docs and SARIF catalogs collect) and checks a run's results. Registered in <see cref="AuditRules"/>.
/// </summary>
public interface IAuditRule
{
    /// <summary>The codes this rule reports.</summary>
    IReadOnlyList<DiagnosticDescriptor> Descriptors { get; }

    /// <summary>Codes that mean "this gate could not decide": with no error, they make the verdict inconclusive.</summary>
    IReadOnlyList<DiagnosticDescriptor> Undecided => [];

    IEnumerable<Diagnostic> Check(AuditContext c);
}
