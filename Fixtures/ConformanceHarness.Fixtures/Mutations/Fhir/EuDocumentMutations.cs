using System.Text.Json.Nodes;

using ConformanceHarness.Fixtures.Fhir;

using static ConformanceHarness.Fixtures.Mutations.Fhir.BundleJson;
using static ConformanceHarness.Fixtures.Mutations.Fhir.FhirMutation;

namespace ConformanceHarness.Fixtures.Mutations.Fhir;

/// <summary>
/// Defects of the EU Imaging Report document (eu-imaging-r4). A defect that would also break an agreement rule between
/// the Composition and the DiagnosticReport (eu-img-agr-*) takes the report's side along, so one requirement breaks.
/// </summary>
internal static class EuDocumentMutations
{
    public static IReadOnlyList<Mutation> All { get; } =
    [
        Eu("fhir-eu-bundle-collection", "EU-IMG-BDL-1", "the report Bundle is a collection, not a document", b => b["type"] = "collection"),
        Eu("fhir-eu-bundle-without-identifier", "EU-IMG-BDL-2", "the document Bundle has no identifier", b => b.Remove("identifier")),
        Eu("fhir-eu-bundle-without-timestamp", "EU-IMG-BDL-3", "the document Bundle has no timestamp", b => b.Remove("timestamp")),
        Eu("fhir-eu-composition-not-first", "EU-IMG-BDL-4", "the DiagnosticReport comes before the Composition", SwapFirstEntries),
        Eu("fhir-eu-performer-not-author", "EU-IMG-BDL-7", "the report is performed by a second Organization, which is not an author of the Composition",
            PerformedByAnotherOrganization),
        Eu("fhir-eu-patient-without-name", "EU-IMG-PAT-1", "the Patient has no name", b => Resource(b, "Patient").Remove("name")),
        Eu("fhir-eu-patient-without-birthdate", "EU-IMG-PAT-2", "the Patient has no birth date", b => Resource(b, "Patient").Remove("birthDate")),
        Eu("fhir-eu-no-imagingstudy-section", "EU-IMG-COMP-7", "the Composition has no imaging study section (and the report no longer lists the study)",
            b => { RemoveSection(b, "18726-0"); Resource(b, "DiagnosticReport").Remove("imagingStudy"); }),
        Eu("fhir-eu-no-order-section", "EU-IMG-COMP-8", "the Composition has no order section (and the report no longer names the order)",
            b => { RemoveSection(b, "55115-0"); Resource(b, "DiagnosticReport").Remove("basedOn"); }),
        Eu("fhir-eu-no-procedure-section", "EU-IMG-COMP-10", "the Composition has no procedure section (and the report no longer points at the procedure)",
            b => { RemoveSection(b, "55111-9"); Resource(b, "DiagnosticReport")["extension"]!.AsArray().RemoveAt(1); }),
        Eu("fhir-eu-no-history-section", "EU-IMG-COMP-9", "the Composition has no history section", b => RemoveSection(b, "11329-0")),
        Eu("fhir-eu-two-findings-sections", "EU-IMG-COMP-12", "the Composition has the findings section twice",
            b => Section(b, null)["section"]!.AsArray().Add(Section(b, "59776-5").DeepClone())),
        Eu("fhir-eu-report-without-composition-extension", "EU-IMG-DR-6", "the DiagnosticReport does not point at its Composition",
            b => Resource(b, "DiagnosticReport")["extension"]!.AsArray().RemoveAt(0)),
        Eu("fhir-eu-report-without-imaging-report-category", "EU-IMG-DR-3", "the report lacks the category LOINC 85430-7 (the Composition keeps it)",
            b => Resource(b, "DiagnosticReport")["category"]!.AsArray().RemoveAt(0)),
        Eu("fhir-eu-report-interpreter-organization", "EU-IMG-DR-11", "the report's results interpreter is the Organization",
            b => Resource(b, "DiagnosticReport")["resultsInterpreter"] = new JsonArray(FhirJson.Reference(FullUrl(b, "Organization")))),
        Eu("fhir-eu-study-uid-without-type", "EU-IMG-IS-2", "the Study Instance UID identifier has no DCM 110180 type",
            b => Identifier(Resource(b, "ImagingStudy"), "urn:dicom:uid").Remove("type")),
        Eu("fhir-eu-study-uid-without-urn-oid", "EU-IMG-IS-3", "the Study Instance UID identifier value lacks the urn:oid: prefix",
            b => BareUid(Identifier(Resource(b, "ImagingStudy"), "urn:dicom:uid"))),
        Eu("fhir-eu-order-without-imaging-category", "EU-IMG-SR-1", "the order's category is SNOMED CT Laboratory procedure, not Imaging",
            b => Resource(b, "ServiceRequest")["category"]![0]!["coding"]![0]!["code"] = "108252007"),
        Eu("fhir-eu-accession-without-system", "EU-IMG-SR-2", "the order's accession number has no system",
            b => Identifier(Resource(b, "ServiceRequest"), "ACSN").Remove("system")),
        Eu("fhir-eu-procedure-without-code", "EU-IMG-PROC-1", "the imaging Procedure has no code", b => Resource(b, "Procedure").Remove("code")),
        Eu("fhir-eu-composition-type-differs", "EU-IMG-AGR-1", "the Composition's type is not the report's code",
            b => Section(b, null)["type"] = FhirJson.Concept(FhirSystems.Loinc, "11528-7")),
        Eu("fhir-eu-status-disagrees", "EU-IMG-AGR-4", "the Composition is preliminary while the report is not",
            b => Section(b, null)["status"] = (string?)Resource(b, "DiagnosticReport")["status"] == "preliminary" ? "final" : "preliminary"),
        Eu("fhir-eu-composition-identifier-not-in-report", "EU-IMG-AGR-5", "the Composition's identifier is none of the report's",
            b => Section(b, null)["identifier"]!["value"] = "OTHER-REPORT-1"),
        Eu("fhir-eu-result-not-in-any-section", "EU-IMG-AGR-8", "the findings section, which held the report's result, is left out",
            b => RemoveSection(b, "59776-5")),
    ];

    /// <summary>The Composition (code null) or its section with LOINC <paramref name="code"/>.</summary>
    private static JsonObject Section(JsonObject bundle, string? code)
    {
        var composition = Resource(bundle, "Composition");
        return code is null ? composition
            : composition["section"]!.AsArray().Select(s => s!.AsObject()).First(s => (string?)s["code"]!["coding"]![0]!["code"] == code);
    }

    private static void RemoveSection(JsonObject bundle, string code) => Section(bundle, null)["section"]!.AsArray().Remove(Section(bundle, code));

    private static void PerformedByAnotherOrganization(JsonObject bundle)
    {
        var other = Entry(bundle, "Organization").DeepClone().AsObject();
        other["fullUrl"] = NewUuid(3);
        other["resource"]!["name"] = "Another imaging provider (fictional)";
        bundle["entry"]!.AsArray().Add(other);
        Resource(bundle, "DiagnosticReport")["performer"] = new JsonArray(FhirJson.Reference(NewUuid(3)));
    }

    private static void SwapFirstEntries(JsonObject bundle)
    {
        var entries = bundle["entry"]!.AsArray();
        var first = entries[0]!;
        entries.RemoveAt(0);
        entries.Insert(1, first);
    }

    private static void BareUid(JsonObject identifier) => identifier["value"] = ((string)identifier["value"]!)["urn:oid:".Length..];
}
