using ConformanceHarness.Fhir.Findings;
using Hl7.Fhir.ElementModel;
using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;

namespace ConformanceHarness.Fhir.Terminology;

/// <summary>
/// Checks a coded element against its <c>ElementDefinition.binding</c> (FHIR R4 §4.1.4 binding
/// strength): a <c>required</c> miss is an error, an <c>extensible</c> miss a warning,
/// <c>preferred</c> and <c>example</c> are not checked. A CodeableConcept passes when any coding is
/// a member; with no coding (text only) it fails a required binding and passes an extensible one.
/// A code whose membership cannot be decided locally gets one information finding "not checked"
/// with the reason; an unknown value set a warning naming it. Displays are not checked.
/// </summary>
public sealed class BindingValidator(LocalTerminology terminology)
{
    public const string RuleId = "binding";
    public const string CodeInvalid = "code-invalid";
    public const string NotFound = "not-found";
    public const string Informational = "informational";

    /// <param name="node">The bound element of the typed tree (the walker's <see cref="ScopedNode"/>, or any typed element).</param>
    /// <param name="location">The FHIRPath of <paramref name="node"/> with indexes, as findings quote it.</param>
    public ValidationReport Validate(ITypedElement node, ElementDefinition.ElementDefinitionBindingComponent binding, string location, string? profile, string? elementId)
    {
        var severity = binding.Strength switch
        {
            BindingStrength.Required => FindingSeverity.Error,
            BindingStrength.Extensible => FindingSeverity.Warning,
            _ => (FindingSeverity?)null,
        };
        if (severity is null || binding.ValueSet is not { Length: > 0 } valueSet || !CodedValue.IsBindable(node.InstanceType))
            return ValidationReport.Empty;
        var context = new Context(valueSet, binding.Strength!.Value.GetLiteral(), severity.Value, location, profile, elementId);
        var values = CodedValue.Read(node);
        return values.Count == 0 ? NoCode(node, context) : Judge(values, context);
    }

    private ValidationReport Judge(IReadOnlyList<CodedValue> values, Context context)
    {
        var results = new CodeCheckResult[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            results[i] = Check(values[i], context.ValueSet);
            if (results[i].Membership == CodeMembership.Member) return ValidationReport.Empty;
        }
        if (Array.FindIndex(results, r => r.Membership == CodeMembership.ValueSetNotFound) is var missing and >= 0)
            return context.Report(FindingSeverity.Warning, NotFound, $"value set '{context.ValueSet}' is not known, so {values[missing]} was not checked ({context.Strength} binding)");
        if (Array.FindIndex(results, r => r.Membership == CodeMembership.NotCheckable) is var unsure and >= 0)
            return context.Report(FindingSeverity.Information, Informational, $"{values[unsure]} not checked against value set '{context.ValueSet}' ({context.Strength} binding): {results[unsure].Reason}");
        var quoted = string.Join(", ", values.Select(Describe));
        var subject = values.Count == 1 ? $"{quoted} is not" : $"none of {quoted} is";
        return context.Report(context.Severity, CodeInvalid, $"{subject} in value set '{context.ValueSet}' ({context.Strength} binding)");
    }

    /// <summary>A Coding without a system has no defined meaning, so it cannot be a member.</summary>
    private CodeCheckResult Check(CodedValue value, string valueSet) =>
        value.HasSystemSlot && value.System is null ? CodeCheckResult.NotMember : terminology.CheckCode(valueSet, value.System, value.Code);

    private static string Describe(CodedValue value) => value.HasSystemSlot && value.System is null ? $"{value} (no system)" : value.ToString();

    /// <summary>A Quantity without a code and an empty primitive are left to other rules; a codeless CodeableConcept or Coding fails only a required binding.</summary>
    private static ValidationReport NoCode(ITypedElement node, Context context)
    {
        if (!context.IsRequired || node.InstanceType is not ("CodeableConcept" or "Coding")) return ValidationReport.Empty;
        var text = node.InstanceType == "CodeableConcept" ? node.Children("text").FirstOrDefault()?.Value as string : null;
        var what = text is null ? $"{node.InstanceType} has no code" : $"CodeableConcept has only text '{text}' and no coding";
        return context.Report(context.Severity, CodeInvalid, $"{what}; a code from value set '{context.ValueSet}' is expected (required binding)");
    }

    /// <summary><see cref="Strength"/> is the binding-strength code (<c>required</c>, <c>extensible</c>) as messages quote it.</summary>
    private sealed record Context(string ValueSet, string Strength, FindingSeverity Severity, string Location, string? Profile, string? ElementId)
    {
        public bool IsRequired => Severity == FindingSeverity.Error;

        public ValidationReport Report(FindingSeverity severity, string code, string message) =>
            ValidationReport.Of(new Finding(severity, code, Location, message, RuleId, Profile, ElementId));
    }
}
