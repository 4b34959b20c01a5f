namespace ConformanceHarness.Dicom.Json;

/// <summary>The JSON value kind of each VR, PS3.18 Table F.2.3-1, as a registry.</summary>
internal static class DicomJsonVR
{
    private static readonly Dictionary<DicomVR, DicomJsonValueKind> Special = new()
    {
        [DicomVR.PN] = DicomJsonValueKind.PersonName,
        [DicomVR.IS] = DicomJsonValueKind.DecimalString,
        [DicomVR.DS] = DicomJsonValueKind.DecimalString,
        [DicomVR.AT] = DicomJsonValueKind.Tag,
    };

    public static DicomJsonValueKind KindOf(DicomVR vr) =>
        Special.TryGetValue(vr, out var kind) ? kind
        : vr.Kind switch
        {
            DicomVRKind.String => DicomJsonValueKind.Text,
            DicomVRKind.Binary => DicomJsonValueKind.Number,
            DicomVRKind.Sequence => DicomJsonValueKind.Sequence,
            _ => DicomJsonValueKind.Bulk,
        };

    /// <summary>The tag as an object key: eight uppercase hex digits, F.2.1.1.</summary>
    public static string Key(DicomTag tag) => $"{tag.Group:X4}{tag.Element:X4}";
}
