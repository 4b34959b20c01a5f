namespace ConformanceHarness.Dicom.Network.Dimse;

/// <summary>
/// A DIMSE message, PS3.7 §6.3: a command set of group 0000 elements and an optional data set. Typed messages are
/// thin views over <see cref="Command"/>; every property reads and writes its command element.
/// </summary>
public abstract class DimseMessage
{
    /// <summary>Command Data Set Type (0000,0800) value meaning no data set is present, PS3.7 Table E.1-1.</summary>
    public const ushort NoDataset = 0x0101;

    /// <summary>The value written when a data set is present; any value but 0x0101 means present (pynetdicom and DCMTK write 0x0001).</summary>
    public const ushort DatasetPresent = 0x0001;

    private DicomDataset? _dataset;

    protected DimseMessage(DimseCommandField commandField)
    {
        Command = new DicomDataset();
        SetUShort(DicomTags.CommandField, (ushort)commandField);
        SetUShort(DicomTags.CommandDataSetType, NoDataset);
    }

    protected DimseMessage(DicomDataset command, DicomDataset? dataset)
    {
        Command = command;
        _dataset = dataset;
    }

    /// <summary>The command set (group 0000).</summary>
    public DicomDataset Command { get; }

    /// <summary>The data set that follows the command, decoded on first use when it arrived (or was given) encoded;
    /// setting it also sets Command Data Set Type (0000,0800).</summary>
    /// <exception cref="DicomFormatException">The encoded data set cannot be read.</exception>
    public DicomDataset? Dataset
    {
        get => _dataset ??= EncodedDataset is { } bytes ? DimseDatasetCodec.Decode(bytes, EncodedSyntax!) : null;
        set
        {
            _dataset = value;
            EncodedDataset = null;
            EncodedSyntax = null;
            var present = value is not null;
            if (present != HasDataset) SetUShort(DicomTags.CommandDataSetType, present ? DatasetPresent : NoDataset);
        }
    }

    /// <summary>The data set's bytes in <see cref="EncodedSyntax"/>: as received, or given to be sent as they are.</summary>
    public ReadOnlyMemory<byte>? EncodedDataset { get; private set; }

    /// <summary>The transfer syntax of <see cref="EncodedDataset"/> (the presentation context's).</summary>
    public TransferSyntax? EncodedSyntax { get; private set; }

    /// <summary>The transfer syntax the encapsulated pixel data of <see cref="Dataset"/> is in; null when it is native.
    /// Used to transcode when the presentation context's transfer syntax differs.</summary>
    public TransferSyntax? SourceSyntax { get; set; }

    /// <summary>Gives the data set as encoded bytes, so that it travels without being decoded and encoded again.</summary>
    public void SetEncodedDataset(ReadOnlyMemory<byte> bytes, TransferSyntax syntax)
    {
        Dataset = null;
        EncodedDataset = bytes;
        EncodedSyntax = syntax;
        SetUShort(DicomTags.CommandDataSetType, DatasetPresent);
    }

    public DimseCommandField CommandField => (DimseCommandField)GetUShort(DicomTags.CommandField);

    /// <summary>True unless Command Data Set Type (0000,0800) is 0x0101.</summary>
    public bool HasDataset => Command.GetSingleValueOrDefault<ushort>(DicomTags.CommandDataSetType, NoDataset) != NoDataset;

    /// <summary>Affected SOP Class UID (0000,0002).</summary>
    public string? AffectedSOPClassUID
    {
        get => GetString(DicomTags.AffectedSOPClassUID);
        set => SetString(DicomTags.AffectedSOPClassUID, value);
    }

    /// <summary>Affected SOP Instance UID (0000,1000).</summary>
    public string? AffectedSOPInstanceUID
    {
        get => GetString(DicomTags.AffectedSOPInstanceUID);
        set => SetString(DicomTags.AffectedSOPInstanceUID, value);
    }

    public override string ToString() => $"{CommandField} {(HasDataset ? "with" : "without")} data set";

    protected ushort GetUShort(DicomTag tag) => Command.GetSingleValue<ushort>(tag);

    protected ushort? GetOptionalUShort(DicomTag tag) => Command.TryGetSingleValue<ushort>(tag, out var value) ? value : null;

    protected void SetUShort(DicomTag tag, ushort? value)
    {
        if (value is { } v) Command.AddOrUpdate<ushort>(tag, v);
        else Command.Remove(tag);
    }

    protected string? GetString(DicomTag tag) => Command.TryGetString(tag, out var value) ? value : null;

    protected void SetString(DicomTag tag, string? value)
    {
        if (value is null) Command.Remove(tag);
        else Command.AddOrUpdate(tag, value);
    }
}
