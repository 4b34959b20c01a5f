using ConformanceHarness.Fixtures.Dicom;
using ConformanceHarness.Fixtures.Facilities;
using ConformanceHarness.Fixtures.Orders;
using ConformanceHarness.Fixtures.Population;
using ConformanceHarness.Fixtures.Practitioners;

namespace ConformanceHarness.Fixtures.Fhir;

/// <summary>
/// The business identifier of every resource the generator writes. The systems are synthetic except the HCN's (Infoway)
/// and the Study Instance UID's (<c>urn:dicom:uid</c>): the real Ontario Health URIs are assigned per contributor and
/// are not public, so ours sit under <see cref="Facility.LocalSystemBase"/> with <c>id-synthetic-</c> in their name.
/// </summary>
internal static class BusinessKeys
{
    public static BusinessKey Organization(Facility facility) => new("Organization", FhirSystems.OrganizationUpi, facility.OrganizationId);

    public static BusinessKey Patient(PatientDemographics patient) => new("Patient", HealthCardNumber.SystemUri, patient.HealthCard.HealthNumber);

    public static BusinessKey Practitioner(Practitioner practitioner) =>
        new("Practitioner", RegistrationSystem(practitioner.College), practitioner.RegistrationNumber);

    public static BusinessKey PractitionerRole(Practitioner practitioner, Facility facility) =>
        new("PractitionerRole", $"{Facility.LocalSystemBase}/id-synthetic-{facility.Code.ToLowerInvariant()}-practitioner-role",
            $"{practitioner.College.Acronym}{practitioner.RegistrationNumber}-{practitioner.Role}");

    public static BusinessKey ServiceRequest(ImagingOrder order) =>
        new("ServiceRequest", order.Facility.AccessionSystemUri, order.Identifiers.AccessionNumber);

    public static BusinessKey ImagingStudy(SyntheticStudy study) => new("ImagingStudy", FhirSystems.DicomUid, "urn:oid:" + study.StudyInstanceUid);

    public static BusinessKey Endpoint(Facility facility) => new("Endpoint", FhirSystems.EndpointId, facility.Code.ToLowerInvariant() + "-wado-rs");

    public static BusinessKey DiagnosticReport(SyntheticReport report) =>
        new("DiagnosticReport", ReportSystem(report.Study.Order.Facility), report.ReportNumber);

    /// <summary>The EU document's Composition: the report's identity, shared across versions (EU-IMG-COMP-1, AGR-5).</summary>
    public static BusinessKey Composition(SyntheticReport report) =>
        new("Composition", ReportSystem(report.Study.Order.Facility), report.ReportNumber);

    /// <summary>The system of a facility's report (filler) numbers.</summary>
    public static string ReportSystem(Facility facility) => $"{Facility.LocalSystemBase}/id-synthetic-{facility.Code.ToLowerInvariant()}-report";

    public static string RegistrationSystem(RegulatoryCollege college) =>
        $"{Facility.LocalSystemBase}/id-synthetic-{college.Acronym.ToLowerInvariant()}-registration";
}
