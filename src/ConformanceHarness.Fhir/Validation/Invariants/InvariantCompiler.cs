using System.Collections.Concurrent;
using Hl7.Fhir.FhirPath;
using Hl7.FhirPath;
using Hl7.FhirPath.Expressions;

namespace ConformanceHarness.Fhir.Validation.Invariants;

/// <summary>
/// Compiles constraint expressions with the SDK's FHIRPath engine (the standard functions plus the FHIR ones:
/// <c>resolve()</c>, <c>hasValue()</c>, <c>htmlChecks()</c>, <c>memberOf()</c> …), once per expression text for the
/// process. An expression that does not compile is cached too, as its error, so it costs one attempt.
/// </summary>
public static class InvariantCompiler
{
    private static readonly FhirPathCompiler Compiler = new(new SymbolTable().AddStandardFP().AddFhirExtensions());
    private static readonly ConcurrentDictionary<string, CompiledInvariant> Cache = new(StringComparer.Ordinal);

    public static CompiledInvariant Compile(string expression) => Cache.GetOrAdd(expression, CompileNew);

    private static CompiledInvariant CompileNew(string expression)
    {
        try
        {
            return new CompiledInvariant(Compiler.Compile(expression), null);
        }
        catch (Exception e)
        {
            return new CompiledInvariant(null, e.Message);
        }
    }
}
