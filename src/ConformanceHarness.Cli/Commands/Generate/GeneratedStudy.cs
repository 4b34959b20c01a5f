using ConformanceHarness.Fixtures;
using ConformanceHarness.Fixtures.Fhir;

namespace ConformanceHarness.Cli.Commands.Generate;

/// <summary>One clean study of a patient: the order, the DICOM study that fulfils it and, for its final report, the FHIR
/// documents (the Ontario contribution of order, manifest and report; the EU Imaging Report document), written and listed
/// in the manifest with the identifiers that link them.</summary>
internal static class GeneratedStudy
{
    public static ManifestStudy Write(ArtifactWriter writer, string folder, SyntheticPatient patient, GenerateSettings settings, string modality)
    {
        var order = patient.NewOrder(modality);
        var study = order.Perform(settings.Series, settings.InstancesPerSeries, settings.WithPixels);
        var report = study.Report().Finalize();
        var (dicom, fhir) = writer.Write(folder, SyntheticFhir.Artifacts(report), $"{order.Identifiers.AccessionNumber}-");
        var mrn = patient.Demographics.MrnAt(order.Facility.Code);
        return new ManifestStudy(order.Facility.Code, mrn.Value, mrn.Issuer.Code, order.Identifiers.AccessionNumber, order.Facility.AccessionSystemUri,
            order.Procedure.Code, modality, study.StudyInstanceUid, study.Series.Count, study.InstanceCount, dicom, fhir);
    }
}
