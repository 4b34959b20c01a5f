using System.Text.Json.Nodes;

using ConformanceHarness.Fixtures.Dicom;
using ConformanceHarness.Fixtures.Mutations;
using ConformanceHarness.Fixtures.Orders;
using ConformanceHarness.Fixtures.Practitioners;

namespace ConformanceHarness.Fixtures.Fhir;

/// <summary>
/// The FHIR side of a synthetic world. Resources come as <see cref="JsonObject"/>s (a fresh one per call, the caller's
/// to change), documents as indented JSON text; both are built with System.Text.Json in a fixed property order, so
/// the same world and calls give the same bytes. References between resources are the <c>urn:uuid</c> fullUrls the
/// contribution bundles use, named after each resource's business identifier, so they agree across documents.
/// </summary>
/// <example>
/// <code>
/// var study = world.NewPatient().NewOrder("CT").Perform();
/// var report = study.Report().Finalize();          // preliminary → final (→ Amend / Correct / Addendum)
/// string bundle = SyntheticFhir.ContributionBundle(report);   // ontario-mi-fhir transaction
/// string document = SyntheticFhir.EuReportDocument(report);   // eu-imaging-r4 document
/// ArtifactSet clean = SyntheticFhir.Artifacts(report);        // DICOM files + both documents, for mutations
/// </code>
/// </example>
public static class SyntheticFhir
{
    public const string OntarioPack = "ontario-mi-fhir";

    public const string EuPack = "eu-imaging-r4";

    /// <summary>The <see cref="FhirDocument.Name"/> of the Ontario contribution transaction in <see cref="Artifacts"/>.</summary>
    public const string ContributionBundleName = "contribution-bundle";

    /// <summary>The <see cref="FhirDocument.Name"/> of the EU Imaging Report document in <see cref="Artifacts"/>.</summary>
    public const string EuReportDocumentName = "eu-report-document";

    /// <summary>The order as an Ontario MI ServiceRequest (active: not yet performed).</summary>
    public static JsonObject ToServiceRequest(this ImagingOrder order) => OrderResources.Ontario(order, null);

    /// <summary>The study as an Ontario MI ImagingStudy, read from its DICOM files: basedOn the order, endpoint the facility's WADO-RS.</summary>
    public static JsonObject Manifest(this SyntheticStudy study) =>
        StudyResources.Build(study, FhirSystems.OntarioImagingStudy, FhirJson.Reference(BusinessKeys.ServiceRequest(study.Order).FullUrl),
            BusinessKeys.Endpoint(study.Order.Facility).FullUrl);

    /// <summary>
    /// The preliminary report on the study, an hour after it, by a radiologist of the performing facility (drawn from
    /// the world: the only draw of the FHIR side), with the modality's template text. Move it on with
    /// <see cref="SyntheticReport.Finalize"/>, <see cref="SyntheticReport.Amend"/>, <see cref="SyntheticReport.Correct"/>
    /// and <see cref="SyntheticReport.Addendum"/>.
    /// </summary>
    public static SyntheticReport Report(this SyntheticStudy study)
    {
        var world = study.Order.Patient.World;
        var radiologists = world.PractitionersIn(PractitionerRole.Radiologist, study.Order.Facility.Code);
        var number = $"{study.Order.Facility.Code}R{study.StudyId}";
        return new SyntheticReport(study, world.Random.ListItem(radiologists.ToList()), number, ReportStatus.Preliminary,
            study.Performed.AddHours(1), ReportTemplates.For(study));
    }

    /// <summary>The report version as an Ontario MI DiagnosticReport.</summary>
    public static JsonObject ToDiagnosticReport(this SyntheticReport report) => ReportResources.Ontario(report);

    /// <summary>Submit MI Order: the order with its patient, requester and facility.</summary>
    public static string ContributionBundle(ImagingOrder order) => FhirJson.Serialize(ContributionBundles.Build(order, null, null));

    /// <summary>The imaging manifest contribution: the completed order and the ImagingStudy with its Endpoint.</summary>
    public static string ContributionBundle(SyntheticStudy study) => FhirJson.Serialize(ContributionBundles.Build(study.Order, study, null));

    /// <summary>
    /// Submit MI Report: the order, the manifest and the report version (an addendum comes with the report it adds
    /// to), with every party they reference.
    /// </summary>
    public static string ContributionBundle(SyntheticReport report) => FhirJson.Serialize(ContributionBundles.Build(report.Study.Order, report.Study, report));

    /// <summary>The report version as an HL7 Europe Imaging Report document Bundle.</summary>
    public static string EuReportDocument(SyntheticReport report) => FhirJson.Serialize(EuReportDocuments.Build(report));

    /// <summary>
    /// The clean artifacts of a report: the study's DICOM files (<see cref="SyntheticStudy.DicomFiles"/>, as they are)
    /// and the FHIR documents <see cref="ContributionBundleName"/> (ontario-mi-fhir) and <see cref="EuReportDocumentName"/>
    /// (eu-imaging-r4), the starting point of every mutation.
    /// </summary>
    public static ArtifactSet Artifacts(SyntheticReport report) => new(report.Study.DicomFiles,
    [
        new FhirDocument(ContributionBundleName, OntarioPack, ContributionBundle(report)),
        new FhirDocument(EuReportDocumentName, EuPack, EuReportDocument(report)),
    ]);

    /// <summary>
    /// The clean artifacts of a study not yet reported: its DICOM files and the manifest contribution
    /// (<see cref="ContributionBundleName"/>: order and ImagingStudy). The EU document needs a report, so mutations of
    /// it refuse this set, saying which document is missing.
    /// </summary>
    public static ArtifactSet Artifacts(SyntheticStudy study) =>
        new(study.DicomFiles, [new FhirDocument(ContributionBundleName, OntarioPack, ContributionBundle(study))]);
}
