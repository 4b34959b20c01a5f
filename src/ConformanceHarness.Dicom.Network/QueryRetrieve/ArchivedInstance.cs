namespace ConformanceHarness.Dicom.Network.QueryRetrieve;

/// <summary>
/// One instance an <see cref="InstanceArchive"/> holds: its UIDs and transfer syntax, the attributes it is indexed by
/// (the data set up to Pixel Data), and where its data set is: a Part 10 file, or bytes in memory.
/// </summary>
public sealed class ArchivedInstance
{
    private readonly ReadOnlyMemory<byte>? _dataset;

    internal ArchivedInstance(string sopClassUid, string sopInstanceUid, TransferSyntax syntax, DicomDataset attributes, long order,
        string? path, ReadOnlyMemory<byte>? dataset)
    {
        SopClassUid = sopClassUid;
        SopInstanceUid = sopInstanceUid;
        TransferSyntax = syntax;
        Attributes = attributes;
        Order = order;
        Path = path;
        _dataset = dataset;
    }

    public string SopClassUid { get; }

    public string SopInstanceUid { get; }

    public TransferSyntax TransferSyntax { get; }

    /// <summary>The data set without Pixel Data and what follows it.</summary>
    public DicomDataset Attributes { get; }

    /// <summary>The Part 10 file, or null for an instance held in memory.</summary>
    public string? Path { get; }

    /// <summary>Arrival order in the archive: queries and retrieves list instances so.</summary>
    public long Order { get; }

    /// <summary>The value of <paramref name="level"/>'s unique key (Patient ID, Study/Series/SOP Instance UID); empty when absent.</summary>
    public string KeyAt(QueryRetrieveLevel level) =>
        level == QueryRetrieveLevel.Image ? SopInstanceUid : Attributes.GetStringOrDefault(level.UniqueKey, "");

    /// <summary>The instance to send (from its file, or its bytes in memory), data set undecoded.</summary>
    public DicomInstance ToDicomInstance() => Path is { } file
        ? DicomInstance.Load(file)
        : DicomInstance.FromEncoded(SopClassUid, SopInstanceUid, TransferSyntax, _dataset!.Value);

    public override string ToString() => $"{Association.PresentationContext.NameOf(SopClassUid)} {SopInstanceUid}";
}
