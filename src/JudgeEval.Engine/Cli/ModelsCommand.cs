using JudgeEval.Engine.Catalog;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Cli;

/// <summary>`judgeeval models [id]`: lists the model catalog, or explains how one id resolves and what it derives from.</summary>
public static class ModelsCommand
{
    public const string Usage = "usage: judgeeval models [<model id>]";

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr) => Run(ModelCatalog.BuiltIn, args, stdout, stderr);

    public static int Run(ModelCatalog catalog, IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Count == 1 && args[0] is "-h" or "--help")
        {
            stdout.WriteLine(Usage);
            return CommandLine.Clean;
        }

        if (args.Count > 1 || (args.Count == 1 && args[0].StartsWith('-')))
        {
            stderr.WriteLine(CliDiagnostics.BadArguments.Create($"unexpected argument '{args[^1]}'. {Usage}", null).ToCanonicalString());
            return CommandLine.UnusableInput;
        }

        return args.Count == 0 ? List(catalog, stdout) : Explain(catalog, args[0], stdout, stderr);
    }

    static int List(ModelCatalog catalog, TextWriter stdout)
    {
        stdout.WriteLine($"judgeeval model catalog {catalog.Version}: {catalog.Entries.Count} models");
        stdout.WriteLine();
        var rows = catalog.Entries.Select(e => (e.Id, e.Provider, e.Family, Lineage: Lineage(e))).ToList();
        var idWidth = Math.Max(2, rows.Max(r => r.Id.Length));
        var providerWidth = Math.Max(8, rows.Max(r => r.Provider.Length));
        var familyWidth = Math.Max(6, rows.Max(r => r.Family.Length));
        stdout.WriteLine($"{"id".PadRight(idWidth)}  {"provider".PadRight(providerWidth)}  {"family".PadRight(familyWidth)}  lineage");
        foreach (var (id, provider, family, lineage) in rows)
        {
            stdout.WriteLine($"{id.PadRight(idWidth)}  {provider.PadRight(providerWidth)}  {family.PadRight(familyWidth)}  {lineage}".TrimEnd());
        }

        stdout.WriteLine();
        stdout.WriteLine("`judgeeval models <id>` explains how an id resolves and what the model derives from.");
        return CommandLine.Clean;
    }

    static int Explain(ModelCatalog catalog, string id, TextWriter stdout, TextWriter stderr)
    {
        var resolution = catalog.Resolve(id);
        if (resolution.Entry is not { } entry)
        {
            var nearest = catalog.Nearest(id);
            stderr.WriteLine(CatalogDiagnostics.UnknownModel.Create(Severity.Error,
                $"'{id}' is not in the model catalog ({catalog.Version}). Nearest ids: {string.Join(", ", nearest)}. Run `judgeeval models` for the list; map deployment names under `aliases:` or add models under `models:` in the manifest.",
                null).ToCanonicalString());
            return CommandLine.UnusableInput;
        }

        stdout.WriteLine($"{id} -> {entry.Id}");
        foreach (var step in resolution.Steps)
        {
            stdout.WriteLine($"  - {step}");
        }

        stdout.WriteLine();
        stdout.WriteLine($"id:           {entry.Id}");
        Line(stdout, "name:", entry.DisplayName);
        stdout.WriteLine($"provider:     {entry.Provider}");
        stdout.WriteLine($"family:       {entry.Family}");
        Line(stdout, "released:", entry.Released);
        Line(stdout, "aliases:", string.Join(", ", entry.Aliases));
        stdout.WriteLine($"open weights: {(entry.OpenWeights ? "yes" : "no")}");
        Line(stdout, "alignment:", entry.Alignment);
        Line(stdout, "note:", entry.Note);

        var ancestors = catalog.Entries.Where(e => e.Id != entry.Id && IsAncestor(catalog, e, entry)).ToList();
        var descendants = catalog.Entries.Where(e => e.Id != entry.Id && IsAncestor(catalog, entry, e)).ToList();
        stdout.WriteLine();
        stdout.WriteLine("lineage:");
        if (ancestors.Count == 0 && descendants.Count == 0)
        {
            stdout.WriteLine("  (none recorded)");
        }

        foreach (var relation in ancestors.Concat(descendants).Select(other => catalog.Relate(entry.Id, other.Id)).OrderBy(r => r.Path.Count))
        {
            stdout.WriteLine($"  - {relation.Explanation}");
        }

        var family = catalog.Entries.Where(e => e.Family == entry.Family && e.Id != entry.Id).Select(e => e.Id).ToList();
        stdout.WriteLine();
        stdout.WriteLine($"same family ({entry.Family}): {(family.Count == 0 ? "(none)" : string.Join(", ", family))}");
        stdout.WriteLine($"catalog {catalog.Version}");
        return CommandLine.Clean;
    }

    static bool IsAncestor(ModelCatalog catalog, ModelEntry ancestor, ModelEntry model)
    {
        var relation = catalog.Relate(model.Id, ancestor.Id);
        return relation.Kind == RelationKind.Lineage && relation.Path.Count >= 3 && relation.Path.Where((_, i) => i % 2 == 1).All(l => l.EndsWith("From", StringComparison.Ordinal));
    }

    static string Lineage(ModelEntry e) => string.Join("; ",
        new[] { ("fine-tuned from", e.FineTunedFrom), ("distilled from", e.DistilledFrom) }
            .Where(p => p.Item2.Count > 0)
            .Select(p => $"{p.Item1} {string.Join(", ", p.Item2)}"));

    static void Line(TextWriter stdout, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            stdout.WriteLine($"{label.PadRight(13)} {value}");
        }
    }
}
