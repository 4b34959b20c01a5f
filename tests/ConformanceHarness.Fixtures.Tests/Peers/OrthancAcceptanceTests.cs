using System.Text.Json.Nodes;

using ConformanceHarness.Dicom.Network;
using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.Fixtures.Dicom;
using ConformanceHarness.Fixtures.Facilities;
using ConformanceHarness.Fixtures.Tests.Dicom;
using ConformanceHarness.TestSupport.Peers;

namespace ConformanceHarness.Fixtures.Tests.Peers;

/// <summary>
/// Issue 9, "Orthanc accepts a generated study": our SCU sends a generated study to Orthanc 1.10.1 (in a network
/// namespace with only loopback) over C-STORE, and Orthanc's <c>/tools/find</c> at study level, queried by Patient ID
/// and by Accession Number, returns the patient, study UID and accession we generated. Skipped with the reason
/// without Orthanc, iproute2 or root; failed when CI=true.
/// </summary>
public sealed class OrthancAcceptanceTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Every modality, from a hospital and from an ICHSC in turn.</summary>
    public static TheoryData<string, FacilityKind> Studies =>
        [.. GeneratedStudies.Modalities.Select((modality, index) => (modality, index % 2 == 0 ? FacilityKind.Hospital : FacilityKind.Ichsc))];

    [Theory]
    [MemberData(nameof(Studies))]
    public async Task CStore_GeneratedStudy_OrthancFindsItsPatientStudyAndAccession(string modality, FacilityKind kind)
    {
        var world = SyntheticWorld.Create(31);
        var study = world.NewPatient().NewOrder(modality, world.Facilities.First(f => f.Kind == kind)).Perform(2, 2);
        var instances = study.DicomFiles.Select(DicomInstance.FromFile).ToList();
        await using var inside = await NetworkNamespace.CreateAsync(Cancel);
        await using var orthanc = await OrthancPeer.StartAsync(inside, Cancel);
        await using var association = await OurScuPeer.AssociateAsync(inside, orthanc.DicomPort, orthanc.AeTitle, OurScuPeer.AsTheyAre(instances), Cancel);

        var statuses = await OurScuPeer.StoreAllAsync(association, instances, () => orthanc.Output, Cancel);
        await OurScuPeer.ReleaseAsync(association, Cancel);

        Assert.All(statuses, status => Assert.Equal(DicomStatus.Success, status));
        Assert.Equal(new OrthancStatistics(1, 1, study.Series.Count, study.InstanceCount), await orthanc.GetStatisticsAsync(Cancel));
        var byPatient = await orthanc.FindAsync("Study", new Dictionary<string, string> { ["PatientID"] = PatientId(study) }, Cancel);
        var byAccession = await orthanc.FindAsync("Study", new Dictionary<string, string> { ["AccessionNumber"] = study.Order.Identifiers.AccessionNumber }, Cancel);
        AssertFound(study, byPatient);
        AssertFound(study, byAccession);
    }

    /// <summary>The MRN the study's facility gave the patient: the Patient ID it must carry.</summary>
    private static string PatientId(SyntheticStudy study) => study.Order.Patient.Demographics.MrnAt(study.Order.Facility.Code).Value;

    /// <summary>One study: ours, with our patient (ID and name), study UID and accession, and every instance.</summary>
    private static void AssertFound(SyntheticStudy study, JsonArray found)
    {
        var match = Assert.Single(found)!;
        var (tags, patient) = (match["MainDicomTags"]!, match["PatientMainDicomTags"]!);
        Assert.Equal(study.StudyInstanceUid, (string?)tags["StudyInstanceUID"]);
        Assert.Equal(study.Order.Identifiers.AccessionNumber, (string?)tags["AccessionNumber"]);
        Assert.Equal(PatientId(study), (string?)patient["PatientID"]);
        Assert.Equal(study.Order.Patient.Demographics.Name.ToDicom(), (string?)patient["PatientName"]);
        Assert.Equal(study.Series.Count, match["Series"]!.AsArray().Count);
    }
}
