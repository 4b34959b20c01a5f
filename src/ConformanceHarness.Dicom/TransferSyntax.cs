namespace ConformanceHarness.Dicom;

/// <summary>
/// A transfer syntax (PS3.5 §10, PS3.6 Table A-1): how a data set is encoded. Known syntaxes are a
/// registry; an unknown UID gets an instance assumed explicit little endian and encapsulated.
/// </summary>
public sealed class TransferSyntax
{
    private TransferSyntax(string uid, string name, bool explicitVR, bool bigEndian, bool deflated, bool encapsulated, bool retired)
    {
        Uid = uid;
        Name = name;
        IsExplicitVR = explicitVR;
        IsBigEndian = bigEndian;
        IsDeflated = deflated;
        IsEncapsulated = encapsulated;
        IsRetired = retired;
    }

    public string Uid { get; }

    public string Name { get; }

    public bool IsExplicitVR { get; }

    public bool IsBigEndian { get; }

    public bool IsDeflated { get; }

    /// <summary>Pixel data is encapsulated (compressed) as fragments.</summary>
    public bool IsEncapsulated { get; }

    public bool IsRetired { get; }

    /// <summary>One of the uncompressed syntaxes a dataset can be transcoded between.</summary>
    public bool IsUncompressed => !IsEncapsulated;

    public static readonly TransferSyntax ImplicitVRLittleEndian = new("1.2.840.10008.1.2", "Implicit VR Little Endian", false, false, false, false, false);
    public static readonly TransferSyntax ExplicitVRLittleEndian = new("1.2.840.10008.1.2.1", "Explicit VR Little Endian", true, false, false, false, false);
    public static readonly TransferSyntax DeflatedExplicitVRLittleEndian = new("1.2.840.10008.1.2.1.99", "Deflated Explicit VR Little Endian", true, false, true, false, false);
    public static readonly TransferSyntax ExplicitVRBigEndian = new("1.2.840.10008.1.2.2", "Explicit VR Big Endian", true, true, false, false, true);
    public static readonly TransferSyntax JpegBaseline8Bit = new("1.2.840.10008.1.2.4.50", "JPEG Baseline (Process 1)", true, false, false, true, false);
    public static readonly TransferSyntax JpegExtended12Bit = new("1.2.840.10008.1.2.4.51", "JPEG Extended (Process 2 & 4)", true, false, false, true, false);
    public static readonly TransferSyntax JpegLossless = new("1.2.840.10008.1.2.4.57", "JPEG Lossless, Non-Hierarchical (Process 14)", true, false, false, true, false);
    public static readonly TransferSyntax JpegLosslessSV1 = new("1.2.840.10008.1.2.4.70", "JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 [Selection Value 1])", true, false, false, true, false);
    public static readonly TransferSyntax JpegLsLossless = new("1.2.840.10008.1.2.4.80", "JPEG-LS Lossless Image Compression", true, false, false, true, false);
    public static readonly TransferSyntax JpegLsNearLossless = new("1.2.840.10008.1.2.4.81", "JPEG-LS Lossy (Near-Lossless) Image Compression", true, false, false, true, false);
    public static readonly TransferSyntax Jpeg2000Lossless = new("1.2.840.10008.1.2.4.90", "JPEG 2000 Image Compression (Lossless Only)", true, false, false, true, false);
    public static readonly TransferSyntax Jpeg2000 = new("1.2.840.10008.1.2.4.91", "JPEG 2000 Image Compression", true, false, false, true, false);
    public static readonly TransferSyntax RleLossless = new("1.2.840.10008.1.2.5", "RLE Lossless", true, false, false, true, false);

    public static IReadOnlyList<TransferSyntax> Known { get; } =
    [
        ImplicitVRLittleEndian, ExplicitVRLittleEndian, DeflatedExplicitVRLittleEndian, ExplicitVRBigEndian,
        JpegBaseline8Bit, JpegExtended12Bit, JpegLossless, JpegLosslessSV1, JpegLsLossless, JpegLsNearLossless,
        Jpeg2000Lossless, Jpeg2000, RleLossless,
    ];

    private static readonly Dictionary<string, TransferSyntax> ByUid = Known.ToDictionary(ts => ts.Uid, StringComparer.Ordinal);

    /// <summary>The known syntax, or an unknown one treated as explicit VR little endian, encapsulated.</summary>
    public static TransferSyntax Lookup(string uid)
    {
        var trimmed = uid.TrimEnd('\0', ' ');
        return ByUid.TryGetValue(trimmed, out var known) ? known : new TransferSyntax(trimmed, $"Unknown ({trimmed})", true, false, false, true, false);
    }

    public override string ToString() => Name;
}
