namespace ConformanceHarness.Fhir.Validation.Slicing;

/// <summary>
/// Places where the R4 (4.0.1) specification itself uses a core extension outside the contexts its definition lists;
/// the official examples and core definitions do this throughout, so such a use is a warning, not an error.
/// </summary>
internal static class KnownContextDefects
{
    private const string Core = "http://hl7.org/fhir/StructureDefinition/";

    /// <summary>Extra element contexts by extension url.</summary>
    private static readonly Dictionary<string, string[]> ExtraContexts = new(StringComparer.Ordinal)
    {
        [Core + "structuredefinition-fhir-type"] = ["ElementDefinition.type"],
        [Core + "regex"] = ["ElementDefinition.type"],
        [Core + "structuredefinition-normative-version"] = ["Resource", "ElementDefinition"],
        [Core + "translation"] = ["ValueSet.expansion.contains"],
        [Core + "valueset-concept-comments"] = ["CodeSystem.concept"],
    };

    public static IReadOnlyList<string> For(string url) => ExtraContexts.TryGetValue(url, out var extra) ? extra : [];
}
