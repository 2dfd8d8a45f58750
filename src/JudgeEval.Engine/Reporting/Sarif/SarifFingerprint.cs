using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Reporting.Sarif;

/// <summary>
/// A result's identity across runs (SARIF partialFingerprints). Line numbers are left out so an edit above a judge does
/// not make its finding "new", and numbers in the message are masked so a kappa moving from 0.61 to 0.58 is the same
/// finding "updated", not a new one.
/// </summary>
public static partial class SarifFingerprint
{
    public const string Key = "judgeeval/v1";

    public static string Compute(Diagnostic diagnostic, string srcRoot)
    {
        var where = diagnostic.Location is null ? "" : SarifUris.Relative(srcRoot, diagnostic.Location.File) ?? diagnostic.Location.File;
        var identity = $"{diagnostic.Code}\n{where}\n{Numbers().Replace(diagnostic.Message, "#")}";
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(identity)));
    }

    [GeneratedRegex("[0-9]+([.,][0-9]+)*")]
    private static partial Regex Numbers();
}
