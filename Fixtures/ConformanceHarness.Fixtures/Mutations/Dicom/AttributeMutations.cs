using ConformanceHarness.Dicom;

namespace ConformanceHarness.Fixtures.Mutations.Dicom;

/// <summary>
/// One attribute left out, or sent empty, in every instance of the hospital's study: the Ontario "R" attributes
/// (ontario-dicom-ig.md §3) and a Type 1 or 2 attribute of each PS3.3 module the pack checks. A table: name,
/// requirement, channel, attribute, and whether it is absent or present with no value.
/// </summary>
internal static class AttributeMutations
{
    private const bool Absent = true;
    private const bool Empty = false;

    public static IReadOnlyList<Mutation> All { get; } =
    [
        Make("patient-name-empty", "ON-DICOM-PAT-NAME", MutationChannel.Both, DicomTags.PatientName, Empty),
        Make("birth-date-empty", "ON-DICOM-PAT-BIRTH", MutationChannel.Both, DicomTags.PatientBirthDate, Empty),
        Make("study-date-empty", "ON-DICOM-STUDY-DT", MutationChannel.Both, DicomTags.StudyDate, Empty),
        Make("study-description-absent", "ON-DICOM-STUDY-DESC", MutationChannel.Both, DicomTags.StudyDescription, Absent),
        Make("institution-name-absent", "ON-DICOM-INST-1", MutationChannel.Dicom, DicomTags.InstitutionName, Absent),
        Make("station-name-absent", "ON-DICOM-STATION-1", MutationChannel.Dicom, DicomTags.StationName, Absent),
        Make("patient-sex-absent", "ON-DICOM-MOD-PATIENT", MutationChannel.Dicom, DicomTags.PatientSex, Absent),
        Make("study-id-absent", "ON-DICOM-MOD-GENERAL-STUDY", MutationChannel.Dicom, DicomTags.StudyID, Absent),
        Make("series-number-absent", "ON-DICOM-MOD-GENERAL-SERIES", MutationChannel.Both, DicomTags.SeriesNumber, Absent),
        Make("manufacturer-absent", "ON-DICOM-MOD-GENERAL-EQUIPMENT", MutationChannel.Dicom, DicomTags.Manufacturer, Absent),
        Make("instance-number-absent", "ON-DICOM-MOD-GENERAL-IMAGE", MutationChannel.Both, DicomTags.InstanceNumber, Absent),
        Make("sop-instance-uid-empty", "ON-DICOM-MOD-SOP-COMMON", MutationChannel.Both, DicomTags.SOPInstanceUID, Empty),
        Make("rows-absent", "ON-DICOM-MOD-IMAGE-PIXEL", MutationChannel.Dicom, DicomTags.Rows, Absent),
    ];

    private static Mutation Make(string name, string requirement, MutationChannel channel, DicomTag tag, bool absent)
    {
        var keyword = DicomDictionary.Lookup(tag)?.Keyword ?? tag.ToString();
        var what = absent ? $"{keyword} {tag} left out" : $"{keyword} {tag} sent with no value";
        var description = (channel == MutationChannel.Both ? "DICOM side only: " : "") + what + " in every instance of a study";
        return new(name, requirement, channel, description, set => set.EditStudy(DicomMutationBase.HospitalStudy, dataset =>
        {
            if (absent) dataset.Remove(tag);
            else dataset.SetEmpty(tag);
        }));
    }
}
