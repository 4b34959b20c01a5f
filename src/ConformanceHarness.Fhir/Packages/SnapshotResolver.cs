using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;

namespace ConformanceHarness.Fhir.Packages;

/// <summary>A resolver whose StructureDefinitions always carry a snapshot (from <see cref="SnapshotCache"/> when they came without one).</summary>
internal sealed class SnapshotResolver(IAsyncResourceResolver definitions, SnapshotCache snapshots) : IAsyncResourceResolver
{
    public async Task<Resource?> ResolveByCanonicalUriAsync(string uri) => await CompleteAsync(uri, (await definitions.TryResolveByCanonicalUriAsync(uri)).Value);

    public async Task<Resource?> ResolveByUriAsync(string uri) => await CompleteAsync(uri, (await definitions.TryResolveByUriAsync(uri)).Value);

    private async Task<Resource?> CompleteAsync(string uri, Resource? resource) =>
        resource is StructureDefinition { Snapshot: null or { Element.Count: 0 } } definition
            ? (await snapshots.GetAsync(definition.Url ?? uri)).Definition ?? definition
            : resource;
}
