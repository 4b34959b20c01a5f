using ConformanceHarness.Fhir.Findings;
using Hl7.Fhir.ElementModel;
using Hl7.Fhir.Model;
using Hl7.FhirPath;

namespace ConformanceHarness.Fhir.Validation.Invariants;

/// <summary>
/// One constraint of one element definition, ready to run: its key, severity and failure message fixed, its expression
/// native (<see cref="NativeInvariants"/>) or compiled, or repaired or skipped by an <see cref="InvariantQuirk"/>.
/// </summary>
internal sealed class PreparedInvariant
{
    public const string BestPracticeExtension = "http://hl7.org/fhir/StructureDefinition/elementdefinition-bestpractice";

    private readonly Func<ITypedElement, bool>? _native;
    private readonly Func<ITypedElement, bool>? _shortcut;
    private readonly CompiledInvariant? _compiled;

    public PreparedInvariant(ElementDefinition.ConstraintComponent constraint, string expression, string? source)
    {
        Key = constraint.Key ?? "(no key)";
        Source = source;
        Severity = constraint.Severity == ConstraintSeverity.Warning || IsBestPractice(constraint) ? FindingSeverity.Warning : FindingSeverity.Error;
        Message = $"{Key}: {constraint.Human} (expression: {expression}) failed";
        _native = NativeInvariants.For(expression);
        if (_native is not null) return;
        _shortcut = NativeInvariants.ShortcutFor(expression);
        _compiled = InvariantCompiler.Compile(expression);
    }

    public string Key { get; }

    public FindingSeverity Severity { get; }

    public string Message { get; }

    /// <summary>The StructureDefinition that made the constraint (<c>ElementDefinition.constraint.source</c>).</summary>
    public string? Source { get; }

    public bool IsNative => _native is not null;

    /// <summary>True when the constraint holds (an empty result holds, as in FHIRPath's predicate rule); an error says why it could not be run.</summary>
    public bool Holds(PocoNode poco, Func<EvaluationContext> context, out string? error)
    {
        error = null;
        if (_native is not null) return _native(poco);
        if (_shortcut is not null && _shortcut(poco)) return true;
        if (_compiled!.Expression is not { } expression)
        {
            error = "does not compile: " + _compiled.Error;
            return true;
        }
        try
        {
            return expression.Predicate(poco, context());
        }
        catch (Exception e)
        {
            error = "could not be evaluated: " + e.Message;
            return true;
        }
    }

    private static bool IsBestPractice(ElementDefinition.ConstraintComponent constraint) =>
        constraint.GetExtension(BestPracticeExtension)?.Value is not FhirBoolean { Value: false } and not null;
}
