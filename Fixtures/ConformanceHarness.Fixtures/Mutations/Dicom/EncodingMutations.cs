using ConformanceHarness.Dicom;

namespace ConformanceHarness.Fixtures.Mutations.Dicom;

/// <summary>
/// Defects of how values are encoded (PS3.5): VR and VM, UID syntax and padding, group lengths, private blocks, the
/// transfer syntax and the lossy flags, and the SOP class. Each changes the first image of the hospital's study only.
/// </summary>
internal static class EncodingMutations
{
    private const int Study = DicomMutationBase.HospitalStudy;

    /// <summary>Ophthalmic Photography 8 Bit Image Storage: a Storage SOP class, not in the pack's accepted list.</summary>
    public const string UnacceptedStorageClass = "1.2.840.10008.5.1.4.1.1.77.1.5.1";

    public static IReadOnlyList<Mutation> All { get; } =
    [
        new("date-not-a-date", "ON-DICOM-CS-2", MutationChannel.Dicom,
            "Instance Creation Date (0008,0012, DA) written as '2026-06-01' instead of YYYYMMDD",
            set => FirstImage(set, file => file.Dataset.SetRaw(DicomTags.InstanceCreationDate, DicomVR.DA, "2026-06-01"))),
        new("two-values-in-single-valued", "ON-DICOM-CS-3", MutationChannel.Dicom,
            "Manufacturer (0008,0070, VM 1) holds two values separated by a backslash",
            set => FirstImage(set, file => file.Dataset.SetRaw(DicomTags.Manufacturer, DicomVR.LO, "HX\\Synthetic"))),
        new("uid-leading-zero-component", "ON-DICOM-UID-1", MutationChannel.Both,
            "DICOM side only: an image's SOP Instance UID (0008,0018) ends in a component with a leading zero",
            set => FirstImage(set, file => SetSopInstanceUid(file, LeadingZero(file.Dataset.GetString(DicomTags.SOPInstanceUID))))),
        new("uid-padded-with-space", "ON-DICOM-UID-2", MutationChannel.Dicom,
            "an odd-length SOP Instance UID padded with a space instead of a NUL byte",
            set => FirstImage(set, file => SetSopInstanceUid(file, OddLength(file.Dataset.GetString(DicomTags.SOPInstanceUID)), (byte)' '))),
        new("group-length-present", "ON-DICOM-GL-1", MutationChannel.Dicom,
            "a retired group length (0008,0000) that does not match the group's length",
            set => FirstImage(set, file => file.Dataset.AddOrUpdate(new DicomElement(new DicomTag(0x0008, 0x0000), DicomVR.UL, new byte[4])))),
        new("private-element-without-creator", "ON-DICOM-PRIV-1", MutationChannel.Dicom,
            "a private element (0009,1001) with no private creator (0009,0010) in the data set",
            set => FirstImage(set, file => file.Dataset.SetRaw(new DicomTag(0x0009, 0x1001), DicomVR.LO, "HX"))),
        new("transfer-syntax-not-allowed", "ON-DICOM-TS-1", MutationChannel.Dicom,
            "an image written in Explicit VR Big Endian (retired), which the DIR does not accept",
            set => FirstImage(set, file => file.TransferSyntax = TransferSyntax.ExplicitVRBigEndian)),
        new("lossy-flag-without-ratio-and-method", "ON-DICOM-LOSSY-1", MutationChannel.Dicom,
            "Lossy Image Compression (0028,2110) '01' with no Lossy Image Compression Ratio nor Method",
            set => FirstImage(set, file => file.Dataset.AddOrUpdate(DicomTags.LossyImageCompression, "01"))),
        new("sop-class-not-accepted", "ON-DICOM-SOP-2", MutationChannel.Both,
            "DICOM side only: an image's SOP Class UID is a storage class the DIR does not list (Ophthalmic Photography 8 Bit); "
            + "its IOD has no Image Plane module, so the image also gets the empty Patient Orientation (Type 2C) that IOD asks for",
            set => FirstImage(set, file => file.Dataset.AddOrUpdate(DicomTags.SOPClassUID, UnacceptedStorageClass).AddOrUpdate(DicomTags.PatientOrientation))),
    ];

    private static ArtifactSet FirstImage(ArtifactSet set, Action<DicomFile> edit) => set.EditImage(Study, 0, 0, edit);

    private static void SetSopInstanceUid(DicomFile file, string uid, byte? padding = null) =>
        file.Dataset.SetRaw(DicomTags.SOPInstanceUID, DicomVR.UI, uid, padding);

    /// <summary>The UID with a '0' put before its last component's first digit (x.123 becomes x.0123).</summary>
    private static string LeadingZero(string uid) => uid.Insert(uid.LastIndexOf('.') + 1, "0");

    /// <summary>The UID made odd in length (a digit appended when it is even), so it needs a padding byte.</summary>
    private static string OddLength(string uid) => uid.Length % 2 == 1 ? uid : uid + "1";
}
