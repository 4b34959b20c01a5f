using System.Text.Json.Nodes;

using ConformanceHarness.Fixtures.Dicom;
using ConformanceHarness.Fixtures.Facilities;
using ConformanceHarness.Fixtures.Orders;

using static ConformanceHarness.Fixtures.Fhir.FhirJson;

namespace ConformanceHarness.Fixtures.Fhir;

/// <summary>The ServiceRequest of an order, as the Ontario submission profile and the EU order profile each want it.</summary>
internal static class OrderResources
{
    /// <summary>
    /// The Ontario order: accession (ACSN), placer (PLAC) and filler (FILL) numbers, the modality as category (DICOM
    /// CID 29), the procedure code, the body site (its text carries the laterality: R4 ServiceRequest and the profile
    /// have no laterality element), the reason, requester, performer and authored date. <paramref name="performed"/>
    /// (the study's time) makes it completed with an occurrence; without it the order is active.
    /// </summary>
    public static JsonObject Ontario(ImagingOrder order, DateTime? performed)
    {
        var resource = Resource("ServiceRequest", FhirSystems.OntarioServiceRequest,
            $"{order.Procedure.Display}, accession {order.Identifiers.AccessionNumber}");
        resource["identifier"] = Array(Accession(order),
            TypedIdentifier("PLAC", "Placer Identifier", OrderNumberSystem(order.Facility, "placer"), order.Identifiers.PlacerOrderNumber),
            TypedIdentifier("FILL", "Filler Identifier", OrderNumberSystem(order.Facility, "filler"), order.Identifiers.FillerOrderNumber));
        resource["status"] = performed is null ? "active" : "completed";
        resource["intent"] = "order";
        var modality = ModalityProfiles.Lookup(order.Modality).Modality;
        resource["category"] = Array(Concept(FhirSystems.Dicom, modality, ModalityCodes.Meaning(modality)));
        resource["code"] = ProcedureCode(order.Procedure);
        resource["subject"] = Reference(BusinessKeys.Patient(order.Patient.Demographics).FullUrl);
        if (performed is { } time) resource["occurrenceDateTime"] = OntarioTime.DateTime(time);
        resource["authoredOn"] = OntarioTime.DateTime(order.Authored);
        resource["requester"] = Reference(BusinessKeys.Practitioner(order.Requester).FullUrl);
        resource["performer"] = Array(Reference(BusinessKeys.Organization(order.Facility).FullUrl));
        resource["reasonCode"] = Array(Text(order.Reason));
        resource["bodySite"] = Array(BodySite(order));
        return resource;
    }

    /// <summary>The EU order (ServiceRequestOrderEuImaging): accession, SNOMED CT "Imaging" category, the reason as the R5 extension.</summary>
    public static JsonObject Eu(ImagingOrder order)
    {
        var resource = Resource("ServiceRequest", FhirSystems.EuServiceRequest, $"Order: {order.Procedure.Display}");
        resource["extension"] = Array(new JsonObject { ["url"] = FhirSystems.R5ServiceRequestReason, ["valueCodeableConcept"] = Text(order.Reason) });
        resource["identifier"] = Array(Accession(order));
        resource["status"] = "completed";
        resource["intent"] = "order";
        resource["category"] = Array(Concept(FhirSystems.Snomed, "363679005", "Imaging"));
        resource["code"] = Text(order.Procedure.Display);
        resource["subject"] = Reference(BusinessKeys.Patient(order.Patient.Demographics).FullUrl);
        resource["authoredOn"] = OntarioTime.DateTime(order.Authored);
        resource["requester"] = Reference(BusinessKeys.Practitioner(order.Requester).FullUrl);
        return resource;
    }

    /// <summary>The accession number identifier, typed ACSN, in the performing facility's namespace.</summary>
    public static JsonObject Accession(ImagingOrder order) =>
        TypedIdentifier("ACSN", "Accession ID", order.Facility.AccessionSystemUri, order.Identifiers.AccessionNumber);

    public static JsonObject ProcedureCode(ImagingProcedure procedure) => Concept(ImagingProcedure.SystemUri, procedure.Code, procedure.Display);

    private static JsonObject BodySite(ImagingOrder order)
    {
        var site = Concept(FhirSystems.Snomed, order.Procedure.Site.SnomedCode, order.Procedure.Site.Meaning);
        site["text"] = ReportTemplates.SiteText(order);
        return site;
    }

    private static string OrderNumberSystem(Facility facility, string kind) =>
        $"{Facility.LocalSystemBase}/id-synthetic-{facility.Code.ToLowerInvariant()}-{kind}-order";
}
