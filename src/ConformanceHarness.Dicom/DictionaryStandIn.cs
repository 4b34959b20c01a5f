namespace ConformanceHarness.Dicom;

/// <summary>Default VRs of the few tags the codec needs until the PS3.6 dictionary is merged in.</summary>
internal static class DictionaryStandIn
{
    private static readonly Dictionary<uint, DicomVR> Known = new()
    {
        [0x00020001] = DicomVR.OB, [0x00020002] = DicomVR.UI, [0x00020003] = DicomVR.UI, [0x00020010] = DicomVR.UI,
        [0x00020012] = DicomVR.UI, [0x00020013] = DicomVR.SH, [0x00020016] = DicomVR.AE,
        [0x00080005] = DicomVR.CS, [0x00080008] = DicomVR.CS, [0x00080016] = DicomVR.UI, [0x00080018] = DicomVR.UI,
        [0x00080020] = DicomVR.DA, [0x00080030] = DicomVR.TM, [0x0008002A] = DicomVR.DT, [0x00080060] = DicomVR.CS,
        [0x00080201] = DicomVR.SH, [0x00100010] = DicomVR.PN, [0x00100020] = DicomVR.LO, [0x00100030] = DicomVR.DA,
        [0x0020000D] = DicomVR.UI, [0x0020000E] = DicomVR.UI, [0x00200013] = DicomVR.IS, [0x00280010] = DicomVR.US,
        [0x00280011] = DicomVR.US, [0x00280100] = DicomVR.US, [0x00281050] = DicomVR.DS, [0x00400275] = DicomVR.SQ,
        [0x7FE00001] = DicomVR.OV, [0x7FE00002] = DicomVR.OV, [0x7FE00010] = DicomVR.OW,
    };

    public static DicomVR? DefaultVR(DicomTag tag, string? creator)
    {
        _ = creator;
        if (tag.IsGroupLength) return DicomVR.UL;
        if (tag.IsPrivateCreator) return DicomVR.LO;
        return Known.GetValueOrDefault(tag.Value);
    }
}
