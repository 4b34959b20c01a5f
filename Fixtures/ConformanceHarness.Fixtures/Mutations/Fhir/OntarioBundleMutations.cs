using System.Text.Json.Nodes;

using ConformanceHarness.Fixtures.Facilities;
using ConformanceHarness.Fixtures.Fhir;

using static ConformanceHarness.Fixtures.Mutations.Fhir.BundleJson;
using static ConformanceHarness.Fixtures.Mutations.Fhir.FhirMutation;

namespace ConformanceHarness.Fixtures.Mutations.Fhir;

/// <summary>Defects of the Ontario contribution transaction as a whole (ca-on-mi-profile-bundle and its business checks).</summary>
internal static class OntarioBundleMutations
{
    public static IReadOnlyList<Mutation> All { get; } =
    [
        Ontario("fhir-bundle-batch", "ON-FHIR-BR-V1", "the contribution is a batch, not a transaction",
            b => b["type"] = "batch"),
        Ontario("fhir-entry-post-not-conditional-put", "ON-FHIR-BR-V3", "the ServiceRequest entry is a plain POST instead of a conditional PUT",
            b => Entry(b, "ServiceRequest")["request"] = new JsonObject { ["method"] = "POST", ["url"] = "ServiceRequest" }),
        Ontario("fhir-conditional-url-not-its-identifier", "ON-FHIR-BR-V3",
            "the ImagingStudy entry's conditional url names a Study Instance UID the resource does not carry",
            b => Entry(b, "ImagingStudy")["request"]!["url"] = "ImagingStudy?identifier=urn:dicom:uid|urn:oid:2.25.1"),
        Ontario("fhir-practitioner-twice", "ON-FHIR-BR-V6", "the requesting Practitioner has a second entry with the same conditional url",
            b => b["entry"]!.AsArray().Add(Duplicate(Entry(b, "Practitioner"), 1))),
        Ontario("fhir-practitioner-twice-by-other-identifier", "ON-FHIR-BR-V6",
            "the requesting Practitioner has a second entry, with an extra identifier its conditional url is on",
            b => b["entry"]!.AsArray().Add(DuplicateByOtherIdentifier(Entry(b, "Practitioner")))),
        Ontario("fhir-resource-id-present", "ON-FHIR-BR-V7", "the Patient carries a logical id",
            b => Resource(b, "Patient").Insert(1, "id", "p-1")),
        Ontario("fhir-no-main-resource", "ON-FHIR-BR-V8", "the order, manifest and report are left out: only the parties are sent",
            b => RemoveEntries(b, "ServiceRequest", "ImagingStudy", "DiagnosticReport", "Endpoint")),
        Ontario("fhir-no-practitioner", "ON-FHIR-BR-C5", "no Practitioner is sent: the practitioner entries and the optional references to them are left out",
            WithoutPractitioners),
        Ontario("fhir-report-without-based-on", "ON-FHIR-BR-C8", "the report does not reference the order the bundle carries",
            b => Resource(b, "DiagnosticReport").Remove("basedOn")),
        Ontario("fhir-fullurl-not-uuid", "ON-FHIR-BDL-1", "the Endpoint's fullUrl is an http URL, not a urn:uuid (the reference follows it)",
            b => RenameFullUrl(b, "Endpoint", "https://fhir.example.org/Endpoint/wado")),
    ];

    private static JsonObject Duplicate(JsonObject entry, int n)
    {
        var copy = entry.DeepClone().AsObject();
        copy["fullUrl"] = NewUuid(n);
        return copy;
    }

    /// <summary>The same practitioner again, with an extra (synthetic) identifier, updated on that one: the urls differ.</summary>
    private static JsonObject DuplicateByOtherIdentifier(JsonObject entry)
    {
        var copy = Duplicate(entry, 2);
        var other = FhirJson.Identifier(Facility.LocalSystemBase + "/id-synthetic-staff", "STAFF-1");
        copy["resource"]!["identifier"]!.AsArray().Add(other);
        UpdateOn(copy, other);
        return copy;
    }

    private static void WithoutPractitioners(JsonObject bundle)
    {
        RemoveEntries(bundle, "Practitioner", "PractitionerRole");
        Resource(bundle, "ServiceRequest").Remove("requester");
        Resource(bundle, "DiagnosticReport").Remove("resultsInterpreter");
    }

    private static void RenameFullUrl(JsonObject bundle, string type, string fullUrl)
    {
        var entry = Entry(bundle, type);
        var old = (string)entry["fullUrl"]!;
        entry["fullUrl"] = fullUrl;
        foreach (var reference in Entries(bundle).SelectMany(e => e.DescendantReferences()).Where(r => (string?)r["reference"] == old).ToList())
            reference["reference"] = fullUrl;
    }
}
