namespace ConformanceHarness.Dicom.Json;

/// <summary>
/// How <see cref="DicomJsonWriter"/> renders a data set in the DICOM JSON Model, PS3.18 Annex F.
/// </summary>
public sealed record DicomJsonOptions
{
    public static DicomJsonOptions Default { get; } = new();

    /// <summary>Indent the output (two spaces, as DCMTK's dcm2json does).</summary>
    public bool WriteIndented { get; init; }

    /// <summary>
    /// Binary values (OB, OD, OF, OL, OV, OW, UN) longer than this many bytes become a "BulkDataURI" from
    /// <see cref="BulkDataUriFactory"/>, PS3.18 F.2.6; shorter ones, or all when no factory is set, become
    /// "InlineBinary" (base64), F.2.7.
    /// </summary>
    public long BulkDataThreshold { get; init; } = 64 * 1024;

    /// <summary>
    /// The URI of a bulk data value, given the JSON path of its element (e.g. "$.7FE00010") and the item.
    /// Encapsulated Pixel Data always goes through it, since it has no InlineBinary form; without a factory
    /// encapsulated Pixel Data is omitted.
    /// </summary>
    public Func<string, DicomItem, string>? BulkDataUriFactory { get; init; }

    /// <summary>Write group length elements (gggg,0000); off by default, they are retired (PS3.5 §7.2) and carry byte counts JSON has no use for.</summary>
    public bool IncludeGroupLengths { get; init; }
}
