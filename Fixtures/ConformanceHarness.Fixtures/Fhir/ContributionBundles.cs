using System.Text.Json.Nodes;

using ConformanceHarness.Fixtures.Dicom;
using ConformanceHarness.Fixtures.Orders;

using static ConformanceHarness.Fixtures.Fhir.FhirJson;

namespace ConformanceHarness.Fixtures.Fhir;

/// <summary>
/// The Ontario contribution (ontario-fhir-ig.md §6.1, pack profile <c>ca-on-mi-profile-bundle</c>): a transaction whose
/// every entry is a conditional PUT on the resource's business identifier, with a <c>urn:uuid</c> fullUrl that the
/// other entries reference, and no logical id. It carries the Organization, Patient and Practitioners the main
/// resources reference (BR-C5, BR-V8), each once (BR-V6).
/// </summary>
internal static class ContributionBundles
{
    public static JsonObject Build(ImagingOrder order, SyntheticStudy? study, SyntheticReport? report)
    {
        var facility = order.Facility;
        var reports = Chain(report);
        var entries = new List<BundleEntry>
        {
            BundleEntry.Of(BusinessKeys.Organization(facility), PartyResources.Organization(facility, FhirSystems.OntarioOrganization)),
            BundleEntry.Of(BusinessKeys.Patient(order.Patient.Demographics),
                PartyResources.Patient(order.Patient.Demographics, facility, FhirSystems.OntarioPatient)),
            BundleEntry.Of(BusinessKeys.Practitioner(order.Requester), PartyResources.Practitioner(order.Requester, FhirSystems.OntarioPractitioner)),
        };
        foreach (var interpreter in reports.Select(r => r.Interpreter).Distinct())
        {
            entries.Add(BundleEntry.Of(BusinessKeys.Practitioner(interpreter), PartyResources.Practitioner(interpreter, FhirSystems.OntarioPractitioner)));
            entries.Add(BundleEntry.Of(BusinessKeys.PractitionerRole(interpreter, facility), PartyResources.PractitionerRole(interpreter, facility)));
        }
        entries.Add(BundleEntry.Of(BusinessKeys.ServiceRequest(order), OrderResources.Ontario(order, study?.Performed)));
        if (study is not null)
        {
            entries.Add(BundleEntry.Of(BusinessKeys.Endpoint(facility), PartyResources.Endpoint(facility)));
            entries.Add(BundleEntry.Of(BusinessKeys.ImagingStudy(study), StudyResources.Build(study, FhirSystems.OntarioImagingStudy,
                Reference(BusinessKeys.ServiceRequest(order).FullUrl), BusinessKeys.Endpoint(facility).FullUrl)));
        }
        entries.AddRange(reports.Select(r => BundleEntry.Of(BusinessKeys.DiagnosticReport(r), ReportResources.Ontario(r))));
        return Transaction(entries.DistinctBy(e => e.FullUrl));
    }

    /// <summary>The report and the reports it is an addendum to, the first original first.</summary>
    private static List<SyntheticReport> Chain(SyntheticReport? report)
    {
        var chain = new List<SyntheticReport>();
        for (var current = report; current is not null; current = current.AddendumOf) chain.Insert(0, current);
        return chain;
    }

    private static JsonObject Transaction(IEnumerable<BundleEntry> entries) => new()
    {
        ["resourceType"] = "Bundle",
        ["meta"] = Meta(FhirSystems.OntarioBundle),
        ["type"] = "transaction",
        ["entry"] = Array(entries.Select(e => (JsonNode)e.ToJson())),
    };
}
