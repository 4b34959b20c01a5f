using ConformanceHarness.Fhir.Definitions;
using ConformanceHarness.Fhir.Terminology;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;

namespace ConformanceHarness.Fhir.Tests.Terminology;

/// <summary>
/// Small synthetic CodeSystems and ValueSets next to the R4 core package. The modality hierarchy:
/// imaging > (radiography > mammography), (cross-sectional > ct, mr, pet*), us**; other (status retired).
/// * pet's parent comes from a <c>parent</c> property; ** us from a <c>child</c> property on imaging.
/// </summary>
internal static class SyntheticTerminology
{
    public const string Base = "http://example.org/fhir/test/";
    public const string Modality = Base + "CodeSystem/modality-class";
    public const string Letters = Base + "CodeSystem/letters";
    public const string Fragment = Base + "CodeSystem/fragment";
    public const string Loop = Base + "CodeSystem/loop";

    public static string Vs(string name) => Base + "ValueSet/" + name;

    public static LocalTerminology Create(TerminologyOptions? options = null) =>
        new(new MultiResolver(new InMemoryResourceResolver([.. CodeSystems(), .. ValueSets()]), CoreDefinitions.Resolver), options);

    private static IEnumerable<Resource> CodeSystems()
    {
        var modality = new CodeSystem { Url = Modality, CaseSensitive = true, Content = CodeSystemContentMode.Complete, Status = PublicationStatus.Active };
        modality.Property.Add(new CodeSystem.PropertyComponent { Code = "status", Type = CodeSystem.PropertyType.Code });
        var imaging = Concept("imaging",
            Concept("radiography", Concept("mammography")),
            Concept("cross-sectional", Concept("ct"), Concept("mr")));
        imaging.Property.Add(new CodeSystem.ConceptPropertyComponent { Code = "child", Value = new Code("us") });
        var pet = ChildOf("pet", "cross-sectional");
        var other = Concept("other");
        other.Property.Add(new CodeSystem.ConceptPropertyComponent { Code = "status", Value = new Code("retired") });
        modality.Concept.AddRange([imaging, pet, Concept("us"), other]);
        yield return modality;
        yield return new CodeSystem { Url = Letters, CaseSensitive = false, Content = CodeSystemContentMode.Complete, Concept = [Concept("ABC"), Concept("DEF")] };
        yield return new CodeSystem { Url = Fragment, Content = CodeSystemContentMode.Fragment, Concept = [Concept("x")] };
        yield return new CodeSystem { Url = Loop, Content = CodeSystemContentMode.Complete, Concept = [ChildOf("p", "q"), ChildOf("q", "p"), Concept("r")] };
    }

    private static IEnumerable<Resource> ValueSets()
    {
        yield return ValueSet("is-a", [Include(Modality, Filter("concept", FilterOperator.IsA, "cross-sectional"))]);
        yield return ValueSet("descendent-of", [Include(Modality, Filter("concept", FilterOperator.DescendentOf, "imaging"))]);
        yield return ValueSet("parent", [Include(Modality, Filter("parent", FilterOperator.Equal, "imaging"))]);
        yield return ValueSet("retired", [Include(Modality, Filter("status", FilterOperator.Equal, "retired"))]);
        yield return ValueSet("regex", [Include(Modality, Filter("code", FilterOperator.Regex, "m.*"))]);
        yield return ValueSet("in", [Include(Modality, Filter("concept", FilterOperator.In, "ct, mr,zz"))]);
        yield return ValueSet("exists", [Include(Modality, Filter("concept", FilterOperator.Exists, "true"))]);
        yield return ValueSet("unknown-anchor", [Include(Modality, Filter("concept", FilterOperator.IsA, "nuclear"))]);
        yield return ValueSet("exclude", [Include(Modality)], Include(Modality, Filter("concept", FilterOperator.IsA, "radiography")), Include(Modality, "other"));
        yield return ValueSet("loop", [Include(Loop, Filter("concept", FilterOperator.IsA, "p"))]);
        yield return ValueSet("bad-regex", [Include(Modality, Filter("code", FilterOperator.Regex, "[unclosed"))]);
        yield return ValueSet("other-version", [new() { System = Modality, Version = "9" }]);
        yield return ValueSet("letters", [Include(Letters)]);
        yield return ValueSet("fragment", [Include(Fragment)]);
        yield return ValueSet("listed-abstract", [Include("http://terminology.hl7.org/CodeSystem/v3-ActCode", "_ActAccountCode")]);
        yield return ValueSet("fragment-listed", [Include(Fragment, "x")]);
        yield return ValueSet("import", [Import(Vs("is-a")), Include(Letters, "ABC")]);
        yield return ValueSet("import-intersect", [IncludeAnd(Modality, Vs("descendent-of"), Filter("concept", FilterOperator.IsA, "imaging"))]);
        yield return ValueSet("import-missing", [Import(Vs("nowhere"))]);
        yield return ValueSet("cycle-a", [Import(Vs("cycle-b")), Include(Modality, "ct")]);
        yield return ValueSet("cycle-b", [Import(Vs("cycle-a"))]);
        yield return ValueSet("mixed", [Include("http://snomed.info/sct", Filter("concept", FilterOperator.IsA, "363679005")), Include(Modality, "ct")]);
        yield return ValueSet("exclude-external", [Include(Modality, "ct", "mr")], Include("http://loinc.org"), Include(Modality, "mr"));
        yield return ValueSet("exclude-unknown-filter", [Include(Modality, "ct", "mr")], Include(Modality, Filter("concept", FilterOperator.Generalizes, "ct")));
        var versioned = ValueSet("versioned", [Include(Modality, "ct")]);
        versioned.Version = "2.0";
        yield return versioned;
        yield return new ValueSet { Url = Vs("stored"), Status = PublicationStatus.Active, Expansion = new() { Timestamp = "2026-01-01", Contains = [new() { System = Letters, Code = "DEF" }] } };
    }

    private static CodeSystem.ConceptDefinitionComponent Concept(string code, params CodeSystem.ConceptDefinitionComponent[] children) =>
        new() { Code = code, Display = code, Concept = [.. children] };

    /// <summary>A concept whose parent is named by the <c>parent</c> property (which may form a loop in broken data).</summary>
    private static CodeSystem.ConceptDefinitionComponent ChildOf(string code, string parent)
    {
        var concept = Concept(code);
        concept.Property.Add(new CodeSystem.ConceptPropertyComponent { Code = "parent", Value = new Code(parent) });
        return concept;
    }

    private static ValueSet ValueSet(string name, ValueSet.ConceptSetComponent[] include, params ValueSet.ConceptSetComponent[] exclude) =>
        new() { Url = Vs(name), Name = name, Status = PublicationStatus.Active, Compose = new() { Include = [.. include], Exclude = [.. exclude] } };

    private static ValueSet.ConceptSetComponent Include(string system, params string[] codes) =>
        new() { System = system, Concept = [.. codes.Select(code => new ValueSet.ConceptReferenceComponent { Code = code })] };

    private static ValueSet.ConceptSetComponent Include(string system, ValueSet.FilterComponent filter) => new() { System = system, Filter = [filter] };

    private static ValueSet.ConceptSetComponent IncludeAnd(string system, string valueSet, ValueSet.FilterComponent filter) =>
        new() { System = system, ValueSet = [valueSet], Filter = [filter] };

    private static ValueSet.ConceptSetComponent Import(string valueSet) => new() { ValueSet = [valueSet] };

    private static ValueSet.FilterComponent Filter(string property, FilterOperator op, string value) => new() { Property = property, Op = op, Value = value };
}
