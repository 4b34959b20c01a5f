using System.Text.Json.Nodes;

using static ConformanceHarness.Fixtures.Fhir.FhirJson;

namespace ConformanceHarness.Fixtures.Fhir;

/// <summary>
/// The HL7 Europe Imaging Report document (BundleReportEuImaging): a document Bundle with an identifier and timestamp,
/// the Composition first, then the DiagnosticReport, the Patient, the ImagingStudy, the order, the imaging Procedure,
/// the finding Observation and the authors. Entries have fullUrls and no request.
/// </summary>
internal static class EuReportDocuments
{
    public static JsonObject Build(SyntheticReport report)
    {
        var (study, order) = (report.Study, report.Study.Order);
        var urls = EuDocumentUrls.For(report);
        var patient = BusinessKeys.Patient(order.Patient.Demographics);
        BundleEntry[] entries =
        [
            new(urls.Composition, CompositionResource.Build(report, urls)),
            new(BusinessKeys.DiagnosticReport(report).FullUrl, ReportResources.Eu(report, urls)),
            new(patient.FullUrl, PartyResources.Patient(order.Patient.Demographics, order.Facility, FhirSystems.EuPatient)),
            new(BusinessKeys.ImagingStudy(study).FullUrl, StudyResources.Build(study, FhirSystems.EuImagingStudy, ReportResources.EuOrderReference(order), null)),
            new(BusinessKeys.ServiceRequest(order).FullUrl, OrderResources.Eu(order)),
            new(urls.Procedure, Procedure(report, patient.FullUrl)),
            new(urls.Finding, Finding(report, patient.FullUrl)),
            new(BusinessKeys.Practitioner(report.Interpreter).FullUrl, PartyResources.Practitioner(report.Interpreter, null)),
            new(BusinessKeys.Practitioner(order.Requester).FullUrl, PartyResources.Practitioner(order.Requester, null)),
            new(BusinessKeys.Organization(order.Facility).FullUrl, PartyResources.Organization(order.Facility, null)),
        ];
        var key = BusinessKeys.Composition(report);
        return new JsonObject
        {
            ["resourceType"] = "Bundle",
            ["meta"] = Meta(FhirSystems.EuBundle),
            ["identifier"] = Identifier(FhirSystems.Rfc3986, FullUrls.For("Bundle", key.System, $"{key.Value}|{report.Status.Code()}")),
            ["type"] = "document",
            ["timestamp"] = OntarioTime.DateTime(report.Issued),
            ["entry"] = Array(entries.DistinctBy(e => e.FullUrl).Select(e => (JsonNode)e.ToJson())),
        };
    }

    private static JsonObject Procedure(SyntheticReport report, string patient)
    {
        var resource = Resource("Procedure", FhirSystems.EuProcedure, $"{report.Study.Order.Procedure.Display} performed");
        resource["status"] = "completed";
        resource["code"] = Text(report.Study.Order.Procedure.Display);
        resource["subject"] = Reference(patient);
        resource["performedDateTime"] = OntarioTime.DateTime(report.Study.Performed);
        return resource;
    }

    private static JsonObject Finding(SyntheticReport report, string patient)
    {
        var resource = Resource("Observation", null, report.Text.Conclusion);
        resource["status"] = report.Status == ReportStatus.Preliminary ? "preliminary" : "final";
        resource["code"] = Text($"{ReportTemplates.SiteText(report.Study.Order)} imaging finding");
        resource["subject"] = Reference(patient);
        resource["valueString"] = report.Text.Conclusion;
        return resource;
    }
}
