namespace ConformanceHarness.Fixtures.Mutations;

/// <summary>
/// One FHIR document of an <see cref="ArtifactSet"/> as JSON text (a transaction Bundle, a document Bundle or a single
/// resource), with the pack it must conform to (<c>ontario-mi-fhir</c> or <c>eu-imaging-r4</c>) and a short name that
/// says what it is (e.g. <c>contribution-bundle</c>, <c>eu-report-document</c>).
/// </summary>
public sealed record FhirDocument(string Name, string Pack, string Json);
