namespace ConformanceHarness.Fhir.Validation.Parsing;

/// <summary>The two FHIR serialisations the validator reads.</summary>
public enum ResourceFormat
{
    Json,
    Xml,
}
