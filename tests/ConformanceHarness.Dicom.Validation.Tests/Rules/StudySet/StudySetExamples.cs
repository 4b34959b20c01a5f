using ConformanceHarness.Dicom;
using ConformanceHarness.TestSupport.Synthetic;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.StudySet;

/// <summary>
/// A consistent study set built with the codec: one patient, study <see cref="Study"/> with series A (instances 1, 2)
/// and series B (instance 3), every patient, study and series attribute the rules compare filled in, an accession
/// with its issuer and a Request Attributes Sequence naming it. Tests change one attribute of one instance.
/// </summary>
public static class StudySetExamples
{
    public const string Study = "2.25.100";
    public const string SeriesA = "2.25.101";
    public const string SeriesB = "2.25.102";
    public const string FrameOfReference = "2.25.103";
    public const string Accession = "ACC-1";

    public static string Sop(int number) => $"2.25.1000{number}";

    /// <summary>Instances 1 and 2 of series A, 3 of series B.</summary>
    public static List<DicomDataset> ConsistentSet() =>
        [Instance(SeriesA, Sop(1), 1), Instance(SeriesA, Sop(2), 2), Instance(SeriesB, Sop(3), 1)];

    public static DicomDataset Instance(string series, string sop, int number, string study = Study, string patientId = "MRN-1")
    {
        var spec = new CtImageSpec
        {
            StudyInstanceUid = study, SeriesInstanceUid = series, SopInstanceUid = sop, FrameOfReferenceUid = FrameOfReference,
            InstanceNumber = number, PatientId = patientId, PatientName = "Doe^Jane", PixelDataBytes = 32,
        };
        var dataset = SyntheticInstances.CtImage(spec).Dataset;
        dataset.AddOrUpdate(DicomTags.IssuerOfPatientID, "HOSP-A");
        dataset.AddOrUpdate(DicomTags.PatientBirthDate, "19800101");
        dataset.AddOrUpdate(DicomTags.ReferringPhysicianName, "Who^Doctor");
        dataset.AddOrUpdate(DicomTags.AccessionNumber, Accession);
        dataset.AddOrUpdate(DicomTags.SeriesNumber, series == SeriesA ? "1" : "2");
        dataset.AddOrUpdate(DicomTags.SeriesDescription, series == SeriesA ? "Axial" : "Coronal");
        dataset.AddOrUpdate(new DicomSequence(DicomTags.IssuerOfAccessionNumberSequence, Item(DicomTags.LocalNamespaceEntityID, "HOSP-A-RIS")));
        var request = Item(DicomTags.AccessionNumber, Accession).AddOrUpdate(DicomTags.RequestedProcedureID, "RP-1");
        dataset.AddOrUpdate(new DicomSequence(DicomTags.RequestAttributesSequence, request));
        return dataset;
    }

    /// <summary>No accession, no issuer, no Request Attributes Sequence: an instance without an order.</summary>
    public static void WithoutOrder(DicomDataset dataset)
    {
        dataset.AddOrUpdate(DicomTags.AccessionNumber, "");
        dataset.Remove(DicomTags.IssuerOfAccessionNumberSequence);
        dataset.Remove(DicomTags.RequestAttributesSequence);
    }

    public static DicomDataset Item(DicomTag tag, string value) => new DicomDataset().AddOrUpdate(tag, value);

    /// <summary>The set written as Part 10 files <c>i1.dcm</c>… into <paramref name="folder"/>.</summary>
    public static IReadOnlyList<string> Write(string folder, IEnumerable<DicomDataset> set)
    {
        Directory.CreateDirectory(folder);
        return [.. set.Select((dataset, i) =>
        {
            var path = Path.Combine(folder, $"i{i + 1}.dcm");
            new DicomFile(dataset).Save(path);
            return path;
        })];
    }
}
