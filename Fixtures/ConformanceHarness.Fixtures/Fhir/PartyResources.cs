using System.Text.Json.Nodes;

using ConformanceHarness.Fixtures.Facilities;
using ConformanceHarness.Fixtures.Population;
using ConformanceHarness.Fixtures.Practitioners;

using static ConformanceHarness.Fixtures.Fhir.FhirJson;

namespace ConformanceHarness.Fixtures.Fhir;

/// <summary>The parties of a contribution: Organization, Patient, Practitioner, PractitionerRole and the images' Endpoint.</summary>
internal static class PartyResources
{
    public static JsonObject Organization(Facility facility, string? profile)
    {
        var resource = Resource("Organization", profile, $"{facility.Name}, {facility.City} (fictional {facility.Kind})");
        resource["identifier"] = Array(Identifier(FhirSystems.OrganizationUpi, facility.OrganizationId));
        resource["active"] = true;
        resource["name"] = facility.Name;
        return resource;
    }

    /// <summary>The patient with the HCN (typed JHN) and the MRN of <paramref name="facility"/>, whose Organization assigned it.</summary>
    public static JsonObject Patient(PatientDemographics patient, Facility facility, string? profile)
    {
        var resource = Resource("Patient", profile, $"{patient.Name} (synthetic), born {OntarioTime.Date(patient.BirthDate)}");
        var mrn = TypedIdentifier(MedicalRecordNumber.IdentifierTypeCode, "Medical record number", facility.MrnSystemUri, patient.MrnAt(facility.Code).Value);
        mrn["assigner"] = Reference(BusinessKeys.Organization(facility).FullUrl);
        resource["identifier"] = Array(
            TypedIdentifier(HealthCardNumber.IdentifierTypeCode, "Jurisdictional health number (Canada)", HealthCardNumber.SystemUri, patient.HealthCard.HealthNumber),
            mrn);
        resource["name"] = Array(HumanName(patient.Name));
        resource["telecom"] = Array(new JsonObject { ["system"] = "phone", ["value"] = patient.Phone, ["use"] = "home" });
        resource["gender"] = patient.Sex switch { AdministrativeSex.Female => "female", AdministrativeSex.Male => "male", _ => "other" };
        resource["birthDate"] = OntarioTime.Date(patient.BirthDate);
        resource["address"] = Array(new JsonObject
        {
            ["line"] = Array(patient.Address.Line), ["city"] = patient.Address.City, ["state"] = OntarioAddress.Province,
            ["postalCode"] = patient.Address.PostalCode, ["country"] = OntarioAddress.Country,
        });
        return resource;
    }

    public static JsonObject Practitioner(Practitioner practitioner, string? profile)
    {
        var resource = Resource("Practitioner", profile, $"{practitioner.Name} (synthetic {practitioner.Specialty})");
        resource["identifier"] = Array(Identifier(BusinessKeys.RegistrationSystem(practitioner.College), practitioner.RegistrationNumber));
        resource["name"] = Array(HumanName(practitioner.Name));
        return resource;
    }

    public static JsonObject PractitionerRole(Practitioner practitioner, Facility facility)
    {
        var key = BusinessKeys.PractitionerRole(practitioner, facility);
        var resource = Resource("PractitionerRole", FhirSystems.OntarioPractitionerRole, $"{practitioner.Name}, {practitioner.Specialty} at {facility.Name}");
        resource["identifier"] = Array(Identifier(key.System, key.Value));
        resource["active"] = true;
        resource["practitioner"] = Reference(BusinessKeys.Practitioner(practitioner).FullUrl);
        resource["organization"] = Reference(BusinessKeys.Organization(facility).FullUrl);
        resource["specialty"] = Array(Text(practitioner.Specialty));
        return resource;
    }

    /// <summary>The facility's DICOMweb (WADO-RS) service, where the study's images are (ImagingStudy.endpoint).</summary>
    public static JsonObject Endpoint(Facility facility)
    {
        var key = BusinessKeys.Endpoint(facility);
        var resource = Resource("Endpoint", FhirSystems.OntarioEndpoint, $"DICOMweb WADO-RS endpoint of {facility.Name} (fictional)");
        resource["identifier"] = Array(Identifier(key.System, key.Value));
        resource["status"] = "active";
        resource["connectionType"] = Coding("http://terminology.hl7.org/CodeSystem/endpoint-connection-type", "dicom-wado-rs");
        resource["payloadType"] = Array(Concept("http://terminology.hl7.org/CodeSystem/endpoint-payload-type", "DICOM WADO-RS"));
        resource["payloadMimeType"] = Array("application/dicom");
        resource["address"] = $"https://pacs-{facility.Code.ToLowerInvariant()}.example.org/dicomweb";
        return resource;
    }

    private static JsonObject HumanName(PersonName name)
    {
        var human = new JsonObject { ["family"] = name.Family, ["given"] = Array(name.Given) };
        if (name.Prefix is not null) human["prefix"] = Array(name.Prefix);
        return human;
    }
}
