using ConformanceHarness.Dicom.Network.Dimse;

namespace ConformanceHarness.Dicom.Network;

/// <summary>
/// A composite instance to send with C-STORE: its SOP class and instance UIDs, its transfer syntax, and either the
/// decoded data set or the data set's bytes exactly as they follow the File Meta Information of a Part 10 file (sent
/// unchanged when the presentation context has the same transfer syntax, so no decoding or encoding happens).
/// </summary>
public sealed class DicomInstance
{
    private readonly DicomDataset? _dataset;
    private readonly ReadOnlyMemory<byte>? _encoded;

    private DicomInstance(string sopClassUid, string sopInstanceUid, TransferSyntax syntax, DicomDataset? dataset, ReadOnlyMemory<byte>? encoded)
    {
        SopClassUid = sopClassUid;
        SopInstanceUid = sopInstanceUid;
        TransferSyntax = syntax;
        _dataset = dataset;
        _encoded = encoded;
    }

    public string SopClassUid { get; }

    public string SopInstanceUid { get; }

    public TransferSyntax TransferSyntax { get; }

    /// <summary>Where the instance came from (a file path), for messages; null for one built in memory.</summary>
    public string? Source { get; init; }

    /// <exception cref="ArgumentException">SOP Class UID (0008,0016) or SOP Instance UID (0008,0018) is missing.</exception>
    public static DicomInstance FromDataset(DicomDataset dataset, TransferSyntax syntax) =>
        new(Require(dataset, DicomTags.SOPClassUID), Require(dataset, DicomTags.SOPInstanceUID), syntax, dataset, null);

    public static DicomInstance FromFile(DicomFile file) => FromDataset(file.Dataset, file.TransferSyntax);

    /// <summary>An instance whose data set is already encoded in <paramref name="syntax"/> (as it follows the File Meta
    /// Information of a Part 10 file, or as it arrived in a C-STORE).</summary>
    public static DicomInstance FromEncoded(string sopClassUid, string sopInstanceUid, TransferSyntax syntax, ReadOnlyMemory<byte> dataset) =>
        new(sopClassUid, sopInstanceUid, syntax, null, dataset);

    /// <summary>Reads a Part 10 file's File Meta Information and keeps the data set's bytes undecoded.</summary>
    /// <exception cref="DicomFormatException">Not a Part 10 file, or its File Meta Information lacks a needed UID.</exception>
    public static DicomInstance Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var header = Part10Header.Read(bytes, path);
        return new DicomInstance(header.SopClassUid, header.SopInstanceUid, header.TransferSyntax, null, bytes.AsMemory(header.DatasetOffset)) { Source = path };
    }

    /// <summary>The decoded data set (decoding the bytes of a loaded file on demand).</summary>
    public DicomDataset Dataset => _dataset ?? DimseDatasetCodec.Decode(_encoded!.Value, TransferSyntax);

    /// <summary>The data set's bytes in <see cref="TransferSyntax"/> (encoded on demand for an instance built from a data set).</summary>
    public ReadOnlyMemory<byte> EncodedDataset => _encoded ?? DimseDatasetCodec.Encode(_dataset!, TransferSyntax, TransferSyntax);

    /// <summary>A C-STORE-RQ carrying this instance.</summary>
    public CStoreRequest ToRequest(ushort messageId, DimsePriority priority = DimsePriority.Medium)
    {
        var request = new CStoreRequest(messageId, SopClassUid, SopInstanceUid, new DicomDataset(), priority);
        if (_encoded is { } bytes) request.SetEncodedDataset(bytes, TransferSyntax);
        else
        {
            request.Dataset = _dataset;
            request.SourceSyntax = TransferSyntax;
        }
        return request;
    }

    private static string Require(DicomDataset dataset, DicomTag tag) =>
        dataset.TryGetString(tag, out var uid) && uid.Length > 0 ? uid : throw new ArgumentException($"the data set has no {tag} {DicomDictionary.Lookup(tag)?.Keyword}");
}
