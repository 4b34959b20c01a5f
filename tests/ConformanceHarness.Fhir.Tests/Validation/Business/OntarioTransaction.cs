using System.Text.Json.Nodes;
using ConformanceHarness.Fhir.Findings;
using ConformanceHarness.Fhir.Tests.Packs;

namespace ConformanceHarness.Fhir.Tests.Validation.Business;

/// <summary>The ontario-mi-fhir pack's valid transaction example as JSON to edit, and what the validator says about an edited copy.</summary>
internal static class OntarioTransaction
{
    private static BuiltInPack Pack => BuiltInPack.Get("ontario-mi-fhir");

    public static JsonObject Valid() => JsonNode.Parse(File.ReadAllText(Pack.ExamplePath("valid", "bundle-transaction.json")))!.AsObject();

    public static JsonObject Entry(JsonObject bundle, int index) => bundle["entry"]![index]!.AsObject();

    /// <summary>The findings a valid example may not have (warning and above, less dom-6 and unavailable value sets).</summary>
    public static IReadOnlyList<Finding> Issues(JsonObject bundle) =>
        [.. Pack.Validator.Validate(bundle.ToJsonString()).Findings.Where(f => !PackExamplesTests.IsUnavoidable(f))];

    /// <summary>A copy of entry <paramref name="index"/> under a new fullUrl, with an extra identifier its conditional url is on.</summary>
    public static JsonObject SameResourceUnderAnotherIdentifier(JsonObject bundle, int index)
    {
        var copy = Entry(bundle, index).DeepClone().AsObject();
        copy["fullUrl"] = "urn:uuid:6a1f3c2e-0b1d-4e55-9d1a-1c2f3e4d5a99";
        copy["resource"]!["identifier"]!.AsArray().Add(new JsonObject { ["system"] = "https://example.org/fhir/NamingSystem/other", ["value"] = "X-1" });
        copy["request"]!["url"] = $"{copy["resource"]!["resourceType"]}?identifier=https://example.org/fhir/NamingSystem/other|X-1";
        return copy;
    }
}
