using ConformanceHarness.Dicom.Validation.Engine;

namespace ConformanceHarness.Dicom.Validation.Rules.StudySet;

/// <summary>
/// What each hierarchy rule (spec §2.1 H2–H4, H6, H7) sees in one instance. Each returns nothing for an instance
/// without the UID it keys on: a missing Type 1 UID is an instance rule's finding, not a conflict.
/// </summary>
public static class HierarchyObservations
{
    /// <summary>H2: a study belongs to one patient (Patient ID + Issuer).</summary>
    public static IEnumerable<Observation> StudyPatient(InstanceContext instance) =>
        [new(Study(instance), InstanceValues.Patient(instance.Dataset), DicomTags.PatientID, static key => $"study {key} has more than one patient (Patient ID^Issuer)")];

    /// <summary>H3: a series belongs to one study.</summary>
    public static IEnumerable<Observation> SeriesStudy(InstanceContext instance) =>
        [new(Series(instance), Study(instance), DicomTags.StudyInstanceUID, static key => $"series {key} is in more than one study")];

    /// <summary>H4: a series has one modality.</summary>
    public static IEnumerable<Observation> SeriesModality(InstanceContext instance) =>
        [new(Series(instance), InstanceValues.Text(instance.Dataset, DicomTags.Modality), DicomTags.Modality, static key => $"series {key} has more than one Modality")];

    /// <summary>H6: a SOP Instance UID stays in its series and keeps its SOP class.</summary>
    public static IEnumerable<Observation> SopPlace(InstanceContext instance) =>
        [new(Sop(instance), Place(instance), DicomTags.SOPInstanceUID, static key => $"SOP instance {key} is in more than one place (series / SOP class)")];

    /// <summary>H6: in the same place, a SOP Instance UID is one content (digest of the data set as read).</summary>
    public static IEnumerable<Observation> SopContent(InstanceContext instance) =>
        [new(Sop(instance) is { Length: > 0 } sop ? $"{sop} {Place(instance)}" : "", DatasetDigest.Of(instance.Dataset), DicomTags.SOPInstanceUID,
            static key => $"SOP instance {key[..key.IndexOf(' ')]} has different content in two files (digest of the data set up to Pixel Data)")];

    /// <summary>SOP Instance UID unique: the same instance (same place, same content) in a second file.</summary>
    public static IEnumerable<Observation> SopCopy(InstanceContext instance) =>
        [new(Sop(instance), $"{Place(instance)} digest {DatasetDigest.Of(instance.Dataset)}", DicomTags.SOPInstanceUID, static key => $"SOP Instance UID {key} is not unique: the same instance is in two files")];

    /// <summary>H7: one UID value names one kind of entity.</summary>
    public static IEnumerable<Observation> UidLevels(InstanceContext instance) =>
        Levels.Select(level => new Observation(InstanceValues.Text(instance.Dataset, level.Tag), level.Name, level.Tag,
            static key => $"UID {key} is used for more than one kind of entity"));

    private static readonly (DicomTag Tag, string Name)[] Levels =
    [
        (DicomTags.StudyInstanceUID, "Study Instance UID"), (DicomTags.SeriesInstanceUID, "Series Instance UID"),
        (DicomTags.SOPInstanceUID, "SOP Instance UID"), (DicomTags.FrameOfReferenceUID, "Frame of Reference UID"),
    ];

    private static string Study(InstanceContext instance) => InstanceValues.Text(instance.Dataset, DicomTags.StudyInstanceUID);

    private static string Series(InstanceContext instance) => InstanceValues.Text(instance.Dataset, DicomTags.SeriesInstanceUID);

    private static string Sop(InstanceContext instance) => InstanceValues.Text(instance.Dataset, DicomTags.SOPInstanceUID);

    private static string Place(InstanceContext instance) =>
        $"series {Series(instance)}, SOP class {InstanceValues.Text(instance.Dataset, DicomTags.SOPClassUID)}";
}
