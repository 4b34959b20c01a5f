using System.Text.Json.Nodes;

using ConformanceHarness.Fixtures.Fhir;

namespace ConformanceHarness.Fixtures.Mutations.Fhir;

/// <summary>
/// Builds a FHIR <see cref="Mutation"/> from an edit of one document of the set: the document is parsed afresh, the
/// edit changes the copy, and the copy replaces the document in a new set (the given set is never changed).
/// </summary>
internal static class FhirMutation
{
    /// <summary>A mutation of the Ontario contribution transaction (<see cref="SyntheticFhir.ContributionBundleName"/>).</summary>
    public static Mutation Ontario(string name, string violates, string description, Action<JsonObject> edit) =>
        Of(name, violates, description, SyntheticFhir.ContributionBundleName, edit);

    /// <summary>A mutation of the EU Imaging Report document (<see cref="SyntheticFhir.EuReportDocumentName"/>).</summary>
    public static Mutation Eu(string name, string violates, string description, Action<JsonObject> edit) =>
        Of(name, violates, description, SyntheticFhir.EuReportDocumentName, edit);

    private static Mutation Of(string name, string violates, string description, string document, Action<JsonObject> edit) =>
        new(name, violates, MutationChannel.Fhir, description, set => Apply(set, document, edit));

    private static ArtifactSet Apply(ArtifactSet set, string document, Action<JsonObject> edit)
    {
        var target = set.Fhir.FirstOrDefault(d => d.Name == document)
            ?? throw new ArgumentException($"the artifact set has no FHIR document '{document}' (it has {string.Join(", ", set.Fhir.Select(d => d.Name))})", nameof(set));
        var json = JsonNode.Parse(target.Json) as JsonObject
            ?? throw new ArgumentException($"FHIR document '{document}' is not a JSON object", nameof(set));
        edit(json);
        var mutated = target with { Json = FhirJson.Serialize(json) };
        return set with { Fhir = [.. set.Fhir.Select(d => ReferenceEquals(d, target) ? mutated : d)] };
    }
}
