using Hl7.Fhir.ElementModel;

namespace ConformanceHarness.Fhir.Validation.References;

/// <summary>The resource a reference resolved to inside the validated document, and its location there.</summary>
public sealed record ResolvedTarget(ITypedElement Resource, string Location)
{
    public string? ResourceType => Resource.InstanceType;
}
