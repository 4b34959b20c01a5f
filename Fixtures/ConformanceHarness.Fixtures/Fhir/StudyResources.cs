using System.Globalization;
using System.Text.Json.Nodes;

using ConformanceHarness.Dicom;
using ConformanceHarness.Fixtures.Dicom;

using static ConformanceHarness.Fixtures.Fhir.FhirJson;

namespace ConformanceHarness.Fixtures.Fhir;

/// <summary>
/// The ImagingStudy of a study, read from its DICOM files (not from the generator's bookkeeping), so it describes
/// exactly what was acquired: Study Instance UID, accession, every series (UID, number, modality, description,
/// laterality) and instance (UID, number, SOP class) in file order, and the counts.
/// </summary>
internal static class StudyResources
{
    /// <summary>
    /// The manifest under <paramref name="profile"/>; <paramref name="basedOn"/> is the order reference (the EU profile
    /// wants the accession in it too), <paramref name="endpoint"/> the Endpoint's fullUrl, when there is one. The EU
    /// profile types the Study Instance UID identifier (DCM 110180); R4's identifier-type value set has no such code,
    /// so the Ontario manifest leaves it untyped, as the pack's examples do.
    /// </summary>
    public static JsonObject Build(SyntheticStudy study, string profile, JsonObject basedOn, string? endpoint)
    {
        var files = study.DicomFiles.Select(f => f.Dataset).ToList();
        var first = files[0];
        var series = files.GroupBy(d => d.GetString(DicomTags.SeriesInstanceUID)).Select(g => Series(study, [.. g])).ToList();
        var modalities = files.Select(d => d.GetString(DicomTags.Modality)).Distinct(StringComparer.Ordinal);
        var resource = Resource("ImagingStudy", profile, $"{study.Order.Procedure.Display}: {series.Count} series, {files.Count} instances");
        var uid = Identifier(FhirSystems.DicomUid, "urn:oid:" + first.GetString(DicomTags.StudyInstanceUID));
        if (profile == FhirSystems.EuImagingStudy) uid["type"] = Concept(FhirSystems.Dicom, "110180", "Study Instance UID");
        resource["identifier"] = Array(uid, TypedIdentifier("ACSN", "Accession ID", study.Order.Facility.AccessionSystemUri, first.GetString(DicomTags.AccessionNumber)));
        resource["status"] = "available";
        resource["modality"] = Array(modalities.Select(m => (JsonNode)Coding(FhirSystems.Dicom, m, ModalityCodes.Meaning(m))));
        resource["subject"] = Reference(BusinessKeys.Patient(study.Order.Patient.Demographics).FullUrl);
        resource["started"] = OntarioTime.DateTime(first.GetDate(DicomTags.StudyDate).ToDateTime(first.GetTime(DicomTags.StudyTime)));
        resource["basedOn"] = Array(basedOn);
        if (endpoint is not null) resource["endpoint"] = Array(Reference(endpoint));
        resource["numberOfSeries"] = series.Count;
        resource["numberOfInstances"] = files.Count;
        resource["procedureCode"] = Array(OrderResources.ProcedureCode(study.Order.Procedure));
        resource["description"] = first.GetStringOrDefault(DicomTags.StudyDescription, study.Order.Procedure.Display);
        resource["series"] = Array(series);
        return resource;
    }

    private static JsonObject Series(SyntheticStudy study, IReadOnlyList<DicomDataset> instances)
    {
        var first = instances[0];
        var modality = first.GetString(DicomTags.Modality);
        var series = new JsonObject
        {
            ["uid"] = first.GetString(DicomTags.SeriesInstanceUID),
            ["number"] = Integer(first, DicomTags.SeriesNumber),
            ["modality"] = Coding(FhirSystems.Dicom, modality, ModalityCodes.Meaning(modality)),
        };
        if (first.TryGetString(DicomTags.SeriesDescription, out var description)) series["description"] = description;
        series["numberOfInstances"] = instances.Count;
        series["bodySite"] = Coding(FhirSystems.Snomed, study.Order.Procedure.Site.SnomedCode, study.Order.Procedure.Site.Meaning);
        if (ModalityCodes.Laterality(study.Order.Laterality) is { } side) series["laterality"] = Coding(FhirSystems.Snomed, side.Code, side.Display);
        series["instance"] = Array(instances.Select(i => (JsonNode)new JsonObject
        {
            ["uid"] = i.GetString(DicomTags.SOPInstanceUID),
            ["sopClass"] = Coding(FhirSystems.Rfc3986, "urn:oid:" + i.GetString(DicomTags.SOPClassUID)),
            ["number"] = Integer(i, DicomTags.InstanceNumber),
        }));
        return series;
    }

    private static int Integer(DicomDataset dataset, DicomTag tag) => int.Parse(dataset.GetString(tag).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture);
}
