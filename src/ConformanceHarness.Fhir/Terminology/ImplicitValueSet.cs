using Hl7.Fhir.Model;

namespace ConformanceHarness.Fhir.Terminology;

/// <summary>
/// Value sets defined by a URL pattern rather than a resource: <c>[system]?fhir_vs</c> (all codes)
/// and <c>[system]?fhir_vs=isa/[code]</c> (FHIR R4 §4.9.5.2 / SNOMED CT and LOINC implicit value
/// sets, including <c>http://loinc.org/vs</c>). They become an ordinary compose, so a local complete
/// code system is checked and an external one yields "not checkable".
/// </summary>
public static class ImplicitValueSet
{
    private const string Marker = "?fhir_vs";
    private const string Loinc = "http://loinc.org";

    public static bool TryCreate(string canonical, out ValueSet valueSet)
    {
        var include = Include(canonical);
        valueSet = new ValueSet { Url = canonical, Compose = new ValueSet.ComposeComponent() };
        if (include is null) return false;
        valueSet.Compose.Include.Add(include);
        return true;
    }

    private static ValueSet.ConceptSetComponent? Include(string canonical)
    {
        if (canonical == Loinc + "/vs") return new() { System = Loinc };
        if (canonical.StartsWith(Loinc + "/vs/", StringComparison.Ordinal))
            return new() { System = Loinc, Filter = [new() { Property = "answer-list", Op = FilterOperator.Equal, Value = canonical[(Loinc.Length + 4)..] }] };
        var marker = canonical.IndexOf(Marker, StringComparison.Ordinal);
        if (marker <= 0) return null;
        var system = canonical[..marker];
        var query = canonical[(marker + Marker.Length)..];
        if (query.Length == 0) return new() { System = system };
        if (query.StartsWith("=isa/", StringComparison.Ordinal))
            return new() { System = system, Filter = [new() { Property = "concept", Op = FilterOperator.IsA, Value = query[5..] }] };
        return new() { System = system, Filter = [new() { Property = "implicit", Op = FilterOperator.Equal, Value = query }] };
    }
}
