using ConformanceHarness.Dicom.Values;
using ConformanceHarness.TestSupport.Synthetic;

namespace ConformanceHarness.Dicom.Network.Tests.QueryRetrieve;

/// <summary>
/// A small synthetic archive: patient HX-P1 (DOE^JANE) with study 1 (2024-01-05, a CT series of two images and an MR
/// series of one) and study 2 (2024-03-20, one CT image); patient HX-P2 (SMITH^JOHN) with study 3 (2023-12-31, one MR
/// image). Fresh UIDs each time; 32×32 pixels.
/// </summary>
internal sealed class ArchiveSamples
{
    public string Study1 { get; } = DicomUid.Generate();
    public string Study2 { get; } = DicomUid.Generate();
    public string Study3 { get; } = DicomUid.Generate();
    public string Series1Ct { get; } = DicomUid.Generate();
    public string Series1Mr { get; } = DicomUid.Generate();
    public string Series2Ct { get; } = DicomUid.Generate();
    public string Series3Mr { get; } = DicomUid.Generate();

    public ArchiveSamples()
    {
        var study1 = new StudySpec("HX-P1", "DOE^JANE", Study1, "20240105", "083000", "ACC1", "CT HEAD");
        var study2 = study1 with { StudyUid = Study2, Date = "20240320", Time = "141500", Accession = "ACC2", Description = "CT CHEST" };
        var study3 = new StudySpec("HX-P2", "SMITH^JOHN", Study3, "20231231", "235900", "ACC3", "MR KNEE");
        Instances =
        [
            Image(study1, Series1Ct, "CT", 1, 1), Image(study1, Series1Ct, "CT", 1, 2), Image(study1, Series1Mr, "MR", 2, 1),
            Image(study2, Series2Ct, "CT", 1, 1), Image(study3, Series3Mr, "MR", 1, 1),
        ];
    }

    /// <summary>In the order above.</summary>
    public IReadOnlyList<DicomInstance> Instances { get; }

    public IEnumerable<DicomInstance> InStudy(string studyUid) => Instances.Where(instance => instance.Dataset.GetString(DicomTags.StudyInstanceUID) == studyUid);

    private sealed record StudySpec(string PatientId, string PatientName, string StudyUid, string Date, string Time, string Accession, string Description);

    private static DicomInstance Image(StudySpec study, string seriesUid, string modality, int seriesNumber, int instanceNumber)
    {
        var spec = new CtImageSpec
        {
            PatientId = study.PatientId, PatientName = study.PatientName, StudyInstanceUid = study.StudyUid, SeriesInstanceUid = seriesUid,
            InstanceNumber = instanceNumber, PixelDataBytes = 32 * 32 * 2, Seed = instanceNumber,
        };
        var dataset = SyntheticInstances.CtImage(spec).Dataset;
        dataset.AddOrUpdate(DicomTags.StudyDate, study.Date).AddOrUpdate(DicomTags.StudyTime, study.Time)
            .AddOrUpdate(DicomTags.AccessionNumber, study.Accession).AddOrUpdate(DicomTags.StudyDescription, study.Description)
            .AddOrUpdate(DicomTags.Modality, modality).AddOrUpdate(DicomTags.SeriesNumber, seriesNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return DicomInstance.FromDataset(dataset, TransferSyntax.ExplicitVRLittleEndian);
    }
}
