using System.Reflection;

namespace JudgeEval.Engine.Diagnostics;

/// <summary>
/// Every diagnostic code the engine can emit. Each area declares its descriptors as static fields of its own
/// *Diagnostics class; collecting them by reflection means a new code cannot be forgotten here.
/// </summary>
public static class DiagnosticCatalog
{
    static readonly Lazy<IReadOnlyDictionary<string, DiagnosticDescriptor>> ByCode = new(Collect);

    public static IReadOnlyCollection<DiagnosticDescriptor> All => [.. ByCode.Value.Values.OrderBy(d => d.Code, StringComparer.Ordinal)];

    public static DiagnosticDescriptor? Find(string code) => ByCode.Value.TryGetValue(code, out var d) ? d : null;

    public static string HelpUri(string helpBase, string code) => $"{helpBase.TrimEnd('/')}/{code}.md";

    static Dictionary<string, DiagnosticDescriptor> Collect() =>
        typeof(DiagnosticCatalog).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .DistinctBy(d => d.Code)
            .ToDictionary(d => d.Code, StringComparer.Ordinal);
}
