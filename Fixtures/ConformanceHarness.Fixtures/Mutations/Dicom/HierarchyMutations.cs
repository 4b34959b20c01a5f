using ConformanceHarness.Dicom;

namespace ConformanceHarness.Fixtures.Mutations.Dicom;

/// <summary>
/// Defects of the Patient → Study → Series → Instance hierarchy across the set (ontario-dicom-ig.md §2.1 H3–H7), each
/// in the hospital's study. The FHIR ImagingStudy would describe the same hierarchy, hence
/// <see cref="MutationChannel.Both"/> where it would show there; only the DICOM side is changed.
/// </summary>
internal static class HierarchyMutations
{
    private const int Study = DicomMutationBase.HospitalStudy;

    public static IReadOnlyList<Mutation> All { get; } =
    [
        new("series-split-across-studies", "ON-DICOM-H3", MutationChannel.Both,
            "DICOM side only: the second image of a series carries a new Study Instance UID, so the series is in two studies",
            set => set.EditImage(Study, 0, 1, file => file.Dataset.AddOrUpdate(DicomTags.StudyInstanceUID, DicomEdits.NewUid("split " + file.StudyUid())))),
        new("series-with-two-modalities", "ON-DICOM-H4", MutationChannel.Both,
            "DICOM side only: the second image of a series says Modality (0008,0060) 'OT' while the first says the study's modality",
            set => set.EditImage(Study, 0, 1, file => file.Dataset.AddOrUpdate(DicomTags.Modality, "OT"))),
        new("patient-name-differs-between-series", "ON-DICOM-H5", MutationChannel.Both,
            "DICOM side only: the second series of a study spells the patient's name otherwise (the given name left out)",
            set => set.EditSeries(Study, 1, dataset => dataset.AddOrUpdate(DicomTags.PatientName, FamilyNameOnly(dataset.GetString(DicomTags.PatientName))))),
        new("sop-instance-resent-with-other-content", "ON-DICOM-H6", MutationChannel.Dicom,
            "an image sent a second time under the same SOP Instance UID with another Content Time (0008,0033)",
            set => set.Append([Resent(set.Dicom[0])])),
        new("sop-instance-sent-twice", "ON-DICOM-H6", MutationChannel.Dicom,
            "the same image (same SOP Instance UID, same content) in a second file of the set",
            set => set.Append([set.Dicom[0].Copy()])),
        new("uid-used-as-study-and-series", "ON-DICOM-H7", MutationChannel.Both,
            "DICOM side only: the second series' Series Instance UID is its study's Study Instance UID",
            set => set.EditSeries(Study, 1, dataset => dataset.AddOrUpdate(DicomTags.SeriesInstanceUID, dataset.GetString(DicomTags.StudyInstanceUID)))),
    ];

    private static string FamilyNameOnly(string name) => name.Split('^')[0];

    private static DicomFile Resent(DicomFile original)
    {
        var copy = original.Copy();
        copy.Dataset.AddOrUpdate(DicomTags.ContentTime, "235959");
        return copy;
    }
}
