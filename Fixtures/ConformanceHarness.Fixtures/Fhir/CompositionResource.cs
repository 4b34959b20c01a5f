using System.Text.Json.Nodes;

using static ConformanceHarness.Fixtures.Fhir.FhirJson;

namespace ConformanceHarness.Fixtures.Fhir;

/// <summary>
/// The EU Imaging Report Composition (CompositionEuImaging): identifier and categories shared with the report, type =
/// the report's code, the radiologist and the facility as authors, a legal attester once released, and the sections
/// the guide requires (imaging study, order, history, procedure) plus findings holding the finding Observation.
/// </summary>
internal static class CompositionResource
{
    public static JsonObject Build(SyntheticReport report, EuDocumentUrls urls)
    {
        var order = report.Study.Order;
        var (radiologist, facility) = (BusinessKeys.Practitioner(report.Interpreter).FullUrl, BusinessKeys.Organization(order.Facility).FullUrl);
        var resource = Resource("Composition", FhirSystems.EuComposition, $"Imaging report: {order.Procedure.Display}");
        resource["extension"] = Array(new JsonObject { ["url"] = FhirSystems.R5CompositionVersion, ["valueString"] = Version(report) });
        var key = BusinessKeys.Composition(report);
        resource["identifier"] = Identifier(key.System, key.Value);
        resource["status"] = report.Status.CompositionCode();
        resource["type"] = ReportResources.EuReportType();
        resource["category"] = ReportResources.EuCategories();
        resource["subject"] = Reference(BusinessKeys.Patient(order.Patient.Demographics).FullUrl);
        resource["date"] = OntarioTime.DateTime(report.Issued);
        resource["author"] = Array(Reference(radiologist), Reference(facility));
        resource["title"] = $"{order.Procedure.Display} report";
        if (report.Status != ReportStatus.Preliminary)
            resource["attester"] = Array(new JsonObject { ["mode"] = "legal", ["time"] = OntarioTime.DateTime(report.Issued), ["party"] = Reference(radiologist) });
        resource["custodian"] = Reference(facility);
        resource["section"] = Array(
            Section("Imaging study", "18726-0", report.Study.Order.Procedure.Display, BusinessKeys.ImagingStudy(report.Study).FullUrl),
            Section("Order", "55115-0", $"Accession {order.Identifiers.AccessionNumber}", BusinessKeys.ServiceRequest(order).FullUrl),
            History(order.Reason),
            Section("Procedure", "55111-9", order.Procedure.Display, urls.Procedure),
            Section("Findings", "59776-5", report.Text.Findings, urls.Finding));
        return resource;
    }

    /// <summary>The report's version number: how many steps of its life cycle came before (1 for the first).</summary>
    private static string Version(SyntheticReport report) => report.Status switch
    {
        ReportStatus.Preliminary => "1",
        ReportStatus.Final => "2",
        _ => "3",
    };

    private static JsonObject Section(string title, string loinc, string text, string entry) => new()
    {
        ["title"] = title,
        ["code"] = Concept(FhirSystems.Loinc, loinc),
        ["text"] = Narrative(text),
        ["entry"] = Array(Reference(entry)),
    };

    /// <summary>The history section: the order's reason as text; no history resource is generated, so its entries are empty ("unavailable").</summary>
    private static JsonObject History(string reason) => new()
    {
        ["title"] = "History",
        ["code"] = Concept(FhirSystems.Loinc, "11329-0"),
        ["text"] = Narrative($"Indication: {reason}"),
        ["emptyReason"] = Concept("http://terminology.hl7.org/CodeSystem/list-empty-reason", "unavailable"),
    };
}
