using Hl7.Fhir.ElementModel;

namespace ConformanceHarness.Fhir.Validation.References;

/// <summary>One <c>Bundle.entry</c> with a resource: its fullUrl (may be null), the resource node and the resource's location.</summary>
public sealed record BundleEntry(string? FullUrl, ITypedElement Resource, string Location)
{
    /// <summary>The resource's <c>meta.versionId</c>, for version-specific references.</summary>
    public string? VersionId => Resource.Children("meta").FirstOrDefault()?.Children("versionId").FirstOrDefault()?.Value as string;
}
