using System.Reflection;
using JudgeEval.Engine.Audit;
using JudgeEval.Engine.Diagnostics;

namespace JudgeEval.Engine.Tests.Audit;

/// <summary>The registry is the one place rules are found: every rule is in it, and every audit code has one owner.</summary>
public class AuditRulesTests
{
    static readonly Type[] RuleTypes = [.. typeof(IAuditRule).Assembly.GetTypes().Where(t => typeof(IAuditRule).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })];

    [Fact]
    public void Every_rule_is_registered_once() =>
        Assert.Equal(RuleTypes.Select(t => t.Name).Order(StringComparer.Ordinal), AuditRules.All.Select(r => r.GetType().Name).Order(StringComparer.Ordinal));

    [Fact]
    public void A_rule_declares_exactly_the_descriptors_it_holds() =>
        Assert.All(AuditRules.All, rule =>
        {
            var held = rule.GetType().GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
                .Select(f => ((DiagnosticDescriptor)f.GetValue(null)!).Code);
            Assert.Equal(held.Order(StringComparer.Ordinal), rule.Descriptors.Select(d => d.Code).Order(StringComparer.Ordinal));
            Assert.All(rule.Undecided, d => Assert.Contains(d, rule.Descriptors));
        });

    [Fact]
    public void Every_audit_code_belongs_to_one_rule()
    {
        var owned = AuditRules.All.SelectMany(r => r.Descriptors).Select(d => d.Code).ToList();
        Assert.Equal(owned.Count, owned.Distinct(StringComparer.Ordinal).Count());

        // JE1xxx-JE5xxx are the audit's ranges; every such code in the catalog must come from a registered rule, or
        // be the verdict's own (JE5005, which reads the verdict the rules' findings decided).
        var auditCodes = DiagnosticCatalog.All.Select(d => d.Code).Where(c => c[2] is >= '1' and <= '5');
        var verdictCodes = InconclusiveGate.Descriptors.Select(d => d.Code);
        Assert.Equal(auditCodes.Order(StringComparer.Ordinal), owned.Concat(verdictCodes).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_undecided_gates_are_the_product_score_and_an_uncalibrated_judge() =>
        Assert.Equal(["JE2031", "JE2020"], AuditRules.UndecidedCodes);
}
