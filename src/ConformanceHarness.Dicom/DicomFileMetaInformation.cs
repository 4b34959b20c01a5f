namespace ConformanceHarness.Dicom;

/// <summary>
/// File Meta Information (group 0002), PS3.10 §7.1: built consistently with the data set it heads —
/// SOP Class and Instance from (0008,0016)/(0008,0018), the transfer syntax written, and our
/// implementation identity.
/// </summary>
public static class DicomFileMetaInformation
{
    /// <summary>Implementation Class UID of ConformanceHarness (a UUID-derived 2.25 UID).</summary>
    public const string ImplementationClassUid = "2.25.175553192269630380265568117541397063635";

    public const string ImplementationVersionName = "CONFHARNESS_1";

    public static readonly DicomTag GroupLength = new(0x0002, 0x0000);
    public static readonly DicomTag Version = new(0x0002, 0x0001);
    public static readonly DicomTag MediaStorageSopClassUid = new(0x0002, 0x0002);
    public static readonly DicomTag MediaStorageSopInstanceUid = new(0x0002, 0x0003);
    public static readonly DicomTag TransferSyntaxUid = new(0x0002, 0x0010);
    public static readonly DicomTag ImplementationClassUidTag = new(0x0002, 0x0012);
    public static readonly DicomTag ImplementationVersionNameTag = new(0x0002, 0x0013);
    private static readonly DicomTag SopClassUid = new(0x0008, 0x0016);
    private static readonly DicomTag SopInstanceUid = new(0x0008, 0x0018);

    /// <summary>The meta for writing <paramref name="dataset"/> as <paramref name="syntax"/>, keeping other elements of <paramref name="existing"/>.</summary>
    public static DicomDataset Create(DicomDataset dataset, TransferSyntax syntax, DicomDataset? existing = null, bool keepImplementation = false)
    {
        var meta = existing?.Clone() ?? new DicomDataset();
        meta.AddOrUpdate(new DicomElement(GroupLength, DicomVR.UL, new byte[4]));
        if (!meta.Contains(Version)) meta.AddOrUpdate(new DicomElement(Version, DicomVR.OB, [0x00, 0x01]));
        CopyUid(dataset, SopClassUid, meta, MediaStorageSopClassUid);
        CopyUid(dataset, SopInstanceUid, meta, MediaStorageSopInstanceUid);
        meta.AddOrUpdate(DicomVR.UI, TransferSyntaxUid, syntax.Uid);
        if (keepImplementation && meta.Contains(ImplementationClassUidTag)) return meta;
        meta.AddOrUpdate(DicomVR.UI, ImplementationClassUidTag, ImplementationClassUid);
        meta.AddOrUpdate(DicomVR.SH, ImplementationVersionNameTag, ImplementationVersionName);
        return meta;
    }

    private static void CopyUid(DicomDataset dataset, DicomTag from, DicomDataset meta, DicomTag to)
    {
        if (dataset.TryGetElement(from, out var element)) meta.AddOrUpdate(new DicomElement(to, DicomVR.UI, element.Buffer));
    }
}
