using System.Text.Json.Nodes;

using ConformanceHarness.Fixtures.Fhir;
using ConformanceHarness.Fixtures.Population;

using static ConformanceHarness.Fixtures.Mutations.Fhir.BundleJson;
using static ConformanceHarness.Fixtures.Mutations.Fhir.FhirMutation;

namespace ConformanceHarness.Fixtures.Mutations.Fhir;

/// <summary>
/// Defects of one resource of the Ontario contribution (the pack's submission profiles). Where the defect removes the
/// identifier an entry's conditional update is on, the update moves to another identifier the resource keeps, so the
/// one requirement broken is the resource's.
/// </summary>
internal static class OntarioResourceMutations
{
    private const string Hcn = HealthCardNumber.SystemUri;

    public static IReadOnlyList<Mutation> All { get; } =
    [
        Ontario("fhir-patient-without-identifier", "ON-FHIR-BR-91", "the Patient has no identifier at all",
            b => Resource(b, "Patient").Remove("identifier")),
        Ontario("fhir-practitioner-without-identifier", "ON-FHIR-BR-92", "the requesting Practitioner has no identifier",
            b => Resource(b, "Practitioner").Remove("identifier")),
        Ontario("fhir-hcn-untyped", "ON-FHIR-BR-C7", "the health card number identifier has no JHN type",
            b => Identifier(Resource(b, "Patient"), Hcn).Remove("type")),
        Ontario("fhir-jhn-unlisted-system", "ON-FHIR-URI-1", "an extra identifier typed JHN uses a system the guide does not list",
            b => Resource(b, "Patient")["identifier"]!.AsArray().Add(UnlistedJhn())),
        Ontario("fhir-mrn-without-assigner", "ON-FHIR-PAT-1", "the MRN does not say which organization issued it",
            b => Identifier(Resource(b, "Patient"), "MR").Remove("assigner")),
        Ontario("fhir-hcn-without-value", "ON-FHIR-PAT-2", "the health card number identifier has no value (the update moves to the MRN)",
            b => WithoutValue(Entry(b, "Patient"), Hcn, "MR")),
        Ontario("fhir-identifier-without-system", "ON-FHIR-ID-1", "the order's placer number has no system",
            b => Identifier(Resource(b, "ServiceRequest"), "PLAC").Remove("system")),
        Ontario("fhir-practitioner-role-without-identifier", "ON-FHIR-ID-2", "the PractitionerRole has no business identifier",
            b => Resource(b, "PractitionerRole").Remove("identifier")),
        Ontario("fhir-organization-without-name", "ON-FHIR-ORG-1", "the Organization (the HIC) has no name",
            b => Resource(b, "Organization").Remove("name")),
        Ontario("fhir-practitioner-role-without-practitioner", "ON-FHIR-PRR-1", "the PractitionerRole does not name its practitioner",
            b => Resource(b, "PractitionerRole").Remove("practitioner")),
        Ontario("fhir-order-without-accession", "ON-FHIR-SR-1", "the order has no accession number (the update moves to the placer number)",
            b => Without(Entry(b, "ServiceRequest"), "ACSN", "PLAC")),
        Ontario("fhir-order-category-not-modality", "ON-FHIR-SR-2", "the order's category is SNOMED CT Imaging, not a DICOM acquisition modality",
            b => Resource(b, "ServiceRequest")["category"] = new JsonArray(FhirJson.Concept(FhirSystems.Snomed, "363679005"))),
        Ontario("fhir-order-without-code", "ON-FHIR-SR-3", "the order has no procedure code",
            b => Resource(b, "ServiceRequest").Remove("code")),
        Ontario("fhir-study-without-uid", "ON-FHIR-IS-1", "the ImagingStudy has no Study Instance UID identifier (the update moves to the accession)",
            b => Without(Entry(b, "ImagingStudy"), "urn:dicom:uid", "ACSN")),
        Ontario("fhir-study-uid-not-oid-urn", "ON-FHIR-IS-2", "the Study Instance UID identifier is the bare UID, without urn:oid:",
            b => BareUid(Entry(b, "ImagingStudy"))),
        Ontario("fhir-study-without-accession", "ON-FHIR-IS-3", "the ImagingStudy does not carry the order's accession number",
            b => RemoveIdentifier(Resource(b, "ImagingStudy"), "ACSN")),
        Ontario("fhir-study-without-series", "ON-FHIR-IS-5", "the manifest lists no series",
            b => Resource(b, "ImagingStudy").Remove("series")),
        Ontario("fhir-report-without-accession", "ON-FHIR-DR-2", "the report does not carry the accession number",
            b => RemoveIdentifier(Resource(b, "DiagnosticReport"), "ACSN")),
        Ontario("fhir-report-category-lab", "ON-FHIR-DR-3", "the report's category is laboratory, not imaging",
            b => Resource(b, "DiagnosticReport")["category"] = new JsonArray(FhirJson.Concept(FhirSystems.DiagnosticServiceSection, "LAB"))),
        Ontario("fhir-report-code-text-only", "ON-FHIR-DR-4", "the report's code is text without a coding",
            b => Resource(b, "DiagnosticReport")["code"] = FhirJson.Text("Imaging report")),
        Ontario("fhir-report-subject-without-reference", "ON-FHIR-DR-5", "the report's subject is a display name, not a reference",
            b => Resource(b, "DiagnosticReport")["subject"] = new JsonObject { ["display"] = "the patient" }),
        Ontario("fhir-report-without-interpretation", "ON-FHIR-DR-6", "the report has neither a conclusion nor a presented form",
            b => Resource(b, "DiagnosticReport").Remove("conclusion")),
        Ontario("fhir-report-addendum-of-study", "ON-FHIR-DR-1", "the report's ext-di-addendum-of points at the ImagingStudy, not a report",
            b => Resource(b, "DiagnosticReport").Insert(3, "extension", new JsonArray(AddendumOf(FullUrl(b, "ImagingStudy"))))),
        Ontario("fhir-report-interpreter-organization", "ON-FHIR-ENT-1", "the report's results interpreter is the Organization",
            b => Resource(b, "DiagnosticReport")["resultsInterpreter"] = new JsonArray(FhirJson.Reference(FullUrl(b, "Organization")))),
    ];

    private static JsonObject UnlistedJhn() =>
        FhirJson.TypedIdentifier(HealthCardNumber.IdentifierTypeCode, "Jurisdictional health number (Canada)", "https://example.org/fhir/NamingSystem/health-number", "1234567890");

    private static JsonObject AddendumOf(string target) => new() { ["url"] = FhirSystems.AddendumOf, ["valueReference"] = FhirJson.Reference(target) };

    private static void Without(JsonObject entry, string removed, string updateOn)
    {
        var resource = entry["resource"]!.AsObject();
        RemoveIdentifier(resource, removed);
        UpdateOn(entry, Identifier(resource, updateOn));
    }

    private static void WithoutValue(JsonObject entry, string system, string updateOn)
    {
        var resource = entry["resource"]!.AsObject();
        Identifier(resource, system).Remove("value");
        UpdateOn(entry, Identifier(resource, updateOn));
    }

    private static void BareUid(JsonObject entry)
    {
        var uid = Identifier(entry["resource"]!.AsObject(), "urn:dicom:uid");
        uid["value"] = ((string)uid["value"]!)["urn:oid:".Length..];
        UpdateOn(entry, uid);
    }
}
