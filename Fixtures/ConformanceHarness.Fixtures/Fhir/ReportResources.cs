using System.Text.Json.Nodes;

using static ConformanceHarness.Fixtures.Fhir.FhirJson;

namespace ConformanceHarness.Fixtures.Fhir;

/// <summary>The DiagnosticReport of a report version, as the Ontario submission profile and the EU report profile want it.</summary>
internal static class ReportResources
{
    /// <summary>
    /// The Ontario report: accession (ACSN) and report number (FILL), basedOn the order, the radiology category, the
    /// procedure code, the study, the facility as performer, the radiologist's role as results interpreter, the findings
    /// as narrative and the conclusion; an addendum points at its report with <c>ext-di-addendum-of</c>.
    /// </summary>
    public static JsonObject Ontario(SyntheticReport report)
    {
        var order = report.Study.Order;
        var resource = Resource("DiagnosticReport", FhirSystems.OntarioDiagnosticReport, report.Text.Findings);
        if (report.AddendumOf is { } original)
            resource["extension"] = Array(new JsonObject { ["url"] = FhirSystems.AddendumOf, ["valueReference"] = Reference(BusinessKeys.DiagnosticReport(original).FullUrl) });
        var key = BusinessKeys.DiagnosticReport(report);
        resource["identifier"] = Array(OrderResources.Accession(order), TypedIdentifier("FILL", "Filler Identifier", key.System, key.Value));
        resource["basedOn"] = Array(Reference(BusinessKeys.ServiceRequest(order).FullUrl));
        resource["status"] = report.Status.Code();
        resource["category"] = Array(Concept(FhirSystems.DiagnosticServiceSection, "RAD", "Radiology"));
        resource["code"] = OrderResources.ProcedureCode(order.Procedure);
        Common(resource, report);
        resource["performer"] = Array(Reference(BusinessKeys.Organization(order.Facility).FullUrl));
        resource["resultsInterpreter"] = Array(Reference(BusinessKeys.PractitionerRole(report.Interpreter, order.Facility).FullUrl));
        resource["imagingStudy"] = Array(Reference(BusinessKeys.ImagingStudy(report.Study).FullUrl));
        resource["conclusion"] = report.Text.Conclusion;
        return resource;
    }

    /// <summary>
    /// The EU report (DiagnosticReportEuImaging): the R5 composition extension, the imaging procedure, the report
    /// identifier the Composition shares, basedOn the order with its accession, the three required categories, LOINC
    /// 18748-4 as code (the Composition's type), the finding Observation as result.
    /// </summary>
    public static JsonObject Eu(SyntheticReport report, EuDocumentUrls urls)
    {
        var order = report.Study.Order;
        var resource = Resource("DiagnosticReport", FhirSystems.EuDiagnosticReport, report.Text.Findings);
        resource["extension"] = Array(
            new JsonObject { ["url"] = FhirSystems.R5CompositionExtension, ["valueReference"] = Reference(urls.Composition) },
            new JsonObject { ["url"] = FhirSystems.EuImagingProcedureExtension, ["valueReference"] = Reference(urls.Procedure) });
        var key = BusinessKeys.DiagnosticReport(report);
        resource["identifier"] = Array(Identifier(key.System, key.Value));
        resource["basedOn"] = Array(EuOrderReference(order));
        resource["status"] = report.Status.Code();
        resource["category"] = EuCategories();
        resource["code"] = EuReportType();
        Common(resource, report);
        resource["performer"] = Array(Reference(BusinessKeys.Organization(order.Facility).FullUrl));
        resource["resultsInterpreter"] = Array(Reference(BusinessKeys.Practitioner(report.Interpreter).FullUrl));
        resource["imagingStudy"] = Array(Reference(BusinessKeys.ImagingStudy(report.Study).FullUrl));
        resource["result"] = Array(Reference(urls.Finding));
        resource["conclusion"] = report.Text.Conclusion;
        return resource;
    }

    /// <summary>The order reference with its accession identifier (eu-img-dr-1, eu-img-is-1).</summary>
    public static JsonObject EuOrderReference(Orders.ImagingOrder order)
    {
        var reference = Reference(BusinessKeys.ServiceRequest(order).FullUrl);
        reference["identifier"] = OrderResources.Accession(order);
        return reference;
    }

    /// <summary>LOINC 85430-7, the EU priority category Medical-Imaging and v2-0074 RAD: the report's and the Composition's categories.</summary>
    public static JsonArray EuCategories() => Array(
        Concept(FhirSystems.Loinc, "85430-7", "Diagnostic imaging report"),
        Concept(FhirSystems.EuPriorityCategory, "Medical-Imaging"),
        Concept(FhirSystems.DiagnosticServiceSection, "RAD", "Radiology"));

    public static JsonObject EuReportType() => Concept(FhirSystems.Loinc, "18748-4", "Diagnostic imaging study");

    private static void Common(JsonObject resource, SyntheticReport report)
    {
        resource["subject"] = Reference(BusinessKeys.Patient(report.Study.Order.Patient.Demographics).FullUrl);
        resource["effectiveDateTime"] = OntarioTime.DateTime(report.Study.Performed);
        resource["issued"] = OntarioTime.DateTime(report.Issued);
    }
}
