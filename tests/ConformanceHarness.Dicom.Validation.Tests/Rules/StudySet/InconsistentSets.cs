using ConformanceHarness.Dicom;
using static ConformanceHarness.Dicom.Validation.Tests.Rules.StudySet.StudySetExamples;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.StudySet;

/// <summary>One kind of inconsistency per entry: the consistent set of <see cref="StudySetExamples"/> changed in one place.</summary>
public static class InconsistentSets
{
    public static IReadOnlyDictionary<string, Func<List<DicomDataset>>> Kinds { get; } = new Dictionary<string, Func<List<DicomDataset>>>
    {
        ["consistent"] = ConsistentSet,
        ["second patient in a study"] = () => Changed(set => { set.ForEach(WithoutOrder); set[2].AddOrUpdate(DicomTags.PatientID, "MRN-2"); }),
        ["series in a second study"] = () => Changed(set => set.Add(Instance(SeriesB, Sop(4), 2, study: "2.25.200"))),
        ["second modality in a series"] = () => Changed(set => set[1].AddOrUpdate(DicomTags.Modality, "MR")),
        ["SOP instance in a second series"] = () => Changed(set => set.Add(Instance(SeriesB, Sop(1), 2))),
        ["SOP instance again with other content"] = () => Changed(set => set.Add(Instance(SeriesA, Sop(1), 1).AddOrUpdate(DicomTags.WindowCenter, "50"))),
        ["the same instance in two files"] = () => Changed(set => set.Add(Instance(SeriesA, Sop(2), 2))),
        ["series UID reused as frame of reference"] = () => Changed(set => set[2].AddOrUpdate(DicomTags.FrameOfReferenceUID, SeriesA)),
        ["study UID reused as a SOP instance UID"] = () => Changed(set => set.Add(Instance(SeriesB, Study, 2))),
        ["patient name"] = () => Attribute(1, DicomTags.PatientName, "Roe^Rich"),
        ["patient birth date"] = () => Attribute(2, DicomTags.PatientBirthDate, "19800102"),
        ["patient sex"] = () => Attribute(2, DicomTags.PatientSex, "F"),
        ["study date"] = () => Attribute(1, DicomTags.StudyDate, "20240502"),
        ["study time"] = () => Attribute(2, DicomTags.StudyTime, "120001"),
        ["study ID"] = () => Attribute(2, DicomTags.StudyID, "2"),
        ["referring physician"] = () => Attribute(1, DicomTags.ReferringPhysicianName, "Other^Doctor"),
        ["study description emptied"] = () => Attribute(2, DicomTags.StudyDescription, ""),
        ["series number"] = () => Attribute(1, DicomTags.SeriesNumber, "7"),
        ["series number written 01"] = () => Attribute(1, DicomTags.SeriesNumber, "01"),
        ["series description"] = () => Attribute(1, DicomTags.SeriesDescription, "Sagittal"),
        ["body part"] = () => Attribute(1, DicomTags.BodyPartExamined, "HEAD"),
        ["second accession in a study"] = () => Changed(set => Order(set[2], DicomTags.AccessionNumber, "ACC-2").AddOrUpdate(DicomTags.AccessionNumber, "ACC-2")),
        ["second accession in a series"] = () => Changed(set => Order(set[1], DicomTags.AccessionNumber, "ACC-2").AddOrUpdate(DicomTags.AccessionNumber, "ACC-2")),
        ["requests name another accession"] = () => Changed(set => set.ForEach(d => Order(d, DicomTags.AccessionNumber, "ACC-9"))),
        ["second requested procedure"] = () => Changed(set => Order(set[1], DicomTags.RequestedProcedureID, "RP-2")),
        ["accession reused for another patient"] = () => Changed(set => set.Add(Instance("2.25.201", "2.25.2001", 1, study: "2.25.200", patientId: "MRN-2"))),
    };

    /// <summary>A fresh set of that kind (tests may change it further).</summary>
    public static List<DicomDataset> Kind(string name) => Kinds[name]();

    private static List<DicomDataset> Changed(Action<List<DicomDataset>> change)
    {
        var set = ConsistentSet();
        change(set);
        return set;
    }

    private static List<DicomDataset> Attribute(int index, DicomTag tag, string value) => Changed(set => set[index].AddOrUpdate(tag, value));

    /// <summary>Sets an attribute of the instance's Request Attributes Sequence item; returns the instance.</summary>
    private static DicomDataset Order(DicomDataset dataset, DicomTag tag, string value)
    {
        dataset.GetSequence(DicomTags.RequestAttributesSequence).Items[0].AddOrUpdate(tag, value);
        return dataset;
    }
}
