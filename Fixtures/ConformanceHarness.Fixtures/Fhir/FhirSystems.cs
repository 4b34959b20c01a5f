using ConformanceHarness.Fixtures.Facilities;

namespace ConformanceHarness.Fixtures.Fhir;

/// <summary>The code systems, naming systems and profiles the generated resources use (a registry as data).</summary>
internal static class FhirSystems
{
    public const string IdentifierType = "http://terminology.hl7.org/CodeSystem/v2-0203";
    public const string Dicom = "http://dicom.nema.org/resources/ontology/DCM";
    public const string Snomed = "http://snomed.info/sct";
    public const string Loinc = "http://loinc.org";
    public const string DiagnosticServiceSection = "http://terminology.hl7.org/CodeSystem/v2-0074";
    public const string Rfc3986 = "urn:ietf:rfc:3986";

    /// <summary>The system of a Study Instance UID identifier (FHIR R4 ImagingStudy; the value is <c>urn:oid:</c> + the UID).</summary>
    public const string DicomUid = "urn:dicom:uid";

    /// <summary>Synthetic: stands in for the Ontario Health UPI system of organizations, whose real URI is not public.</summary>
    public const string OrganizationUpi = Facility.LocalSystemBase + "/id-synthetic-organization-upi";

    /// <summary>Synthetic: the DICOMweb endpoints of the world's facilities.</summary>
    public const string EndpointId = Facility.LocalSystemBase + "/id-synthetic-endpoint";

    public const string OntarioProfileBase = "http://ontariohealth.ca/fhir/mi/StructureDefinition/";
    public const string OntarioBundle = OntarioProfileBase + "ca-on-mi-profile-bundle";
    public const string OntarioPatient = OntarioProfileBase + "ca-on-mi-profile-patient";
    public const string OntarioPractitioner = OntarioProfileBase + "ca-on-mi-profile-practitioner";
    public const string OntarioPractitionerRole = OntarioProfileBase + "ca-on-mi-profile-practitionerRole";
    public const string OntarioOrganization = OntarioProfileBase + "ca-on-mi-profile-organization";
    public const string OntarioServiceRequest = OntarioProfileBase + "ca-on-mi-profile-serviceRequest";
    public const string OntarioImagingStudy = OntarioProfileBase + "ca-on-mi-profile-imagingStudy";
    public const string OntarioDiagnosticReport = OntarioProfileBase + "ca-on-mi-profile-diagnosticReport";
    public const string AddendumOf = OntarioProfileBase + "ext-di-addendum-of";
    public const string OntarioEndpoint = "http://ontariohealth.ca/fhir/ehr/StructureDefinition/profile-endpoint";

    public const string EuProfileBase = "http://hl7.eu/fhir/imaging/StructureDefinition/";
    public const string EuBundle = EuProfileBase + "BundleReportEuImaging";
    public const string EuComposition = EuProfileBase + "CompositionEuImaging";
    public const string EuDiagnosticReport = EuProfileBase + "DiagnosticReportEuImaging";
    public const string EuImagingStudy = EuProfileBase + "ImagingStudyEuImaging";
    public const string EuServiceRequest = EuProfileBase + "ServiceRequestOrderEuImaging";
    public const string EuProcedure = EuProfileBase + "ProcedureEuImaging";
    public const string EuPatient = "http://hl7.eu/fhir/base/StructureDefinition/patient-eu-core";
    public const string EuAnatomicalRegion = EuProfileBase + "AnatomicalRegionExtension";
    public const string EuImagingProcedureExtension = EuProfileBase + "HL7IDRImagingProcedure";
    public const string EuPriorityCategory = "http://hl7.eu/fhir/health-data-api/CodeSystem/eehrxf-document-priority-category-cs";
    public const string R5CompositionExtension = "http://hl7.org/fhir/5.0/StructureDefinition/extension-DiagnosticReport.composition";
    public const string R5CompositionVersion = "http://hl7.org/fhir/5.0/StructureDefinition/extension-Composition.version";
    public const string R5ServiceRequestReason = "http://hl7.org/fhir/5.0/StructureDefinition/extension-ServiceRequest.reason";
}
