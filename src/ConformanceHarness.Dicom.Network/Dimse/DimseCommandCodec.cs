using ConformanceHarness.Dicom.IO;

namespace ConformanceHarness.Dicom.Network.Dimse;

/// <summary>
/// Command sets on the wire, PS3.7 §6.3.1: always Implicit VR Little Endian, group 0000 only, elements in tag
/// order, Command Group Length (0000,0000) computed over the elements that follow it.
/// </summary>
public static class DimseCommandCodec
{
    public static byte[] Encode(DimseMessage message) => Encode(message.Command);

    /// <summary>The command set's bytes, with Command Group Length recomputed; elements outside group 0000 are refused.</summary>
    public static byte[] Encode(DicomDataset command)
    {
        var foreign = command.FirstOrDefault(item => item.Tag.Group != 0x0000);
        if (foreign is not null) throw new DimseFormatException($"command set holds {foreign.Tag}, outside group 0000", foreign.Tag);
        var copy = command.Clone();
        copy.AddOrUpdate<uint>(DicomTags.CommandGroupLength, 0);
        using var stream = new MemoryStream();
        new DicomDatasetWriter(stream, TransferSyntax.ImplicitVRLittleEndian).Write(copy);
        return stream.ToArray();
    }

    /// <summary>Reads a command set and views it as the typed message its Command Field names.</summary>
    public static DimseMessage Decode(ReadOnlyMemory<byte> bytes, DicomDataset? dataset = null) => Decode(Read(bytes), dataset);

    /// <summary>Views <paramref name="command"/> as the typed message its Command Field (0000,0100) names.</summary>
    public static DimseMessage Decode(DicomDataset command, DicomDataset? dataset = null)
    {
        var field = RequireUShort(command, "command set", DicomTags.CommandField);
        if (!DimseMessageKind.ByCommandField.TryGetValue((DimseCommandField)field, out var kind))
            throw new DimseFormatException($"command set: Command Field (0000,0100) 0x{field:X4} is not a supported DIMSE command", DicomTags.CommandField);
        RequireUShort(command, kind.Name, DicomTags.CommandDataSetType);
        foreach (var tag in kind.Required) Require(command, kind.Name, tag);
        return kind.Create(command, dataset);
    }

    private static DicomDataset Read(ReadOnlyMemory<byte> bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes.ToArray(), writable: false);
            return DicomDatasetReader.Read(stream, TransferSyntax.ImplicitVRLittleEndian, null, out _);
        }
        catch (DicomFormatException ex)
        {
            throw new DimseFormatException($"command set is not a valid Implicit VR Little Endian data set: {ex.Message}", ex.Tag, ex);
        }
    }

    private static void Require(DicomDataset command, string name, DicomTag tag)
    {
        if (!command.TryGetElement(tag, out var element) || element.Length == 0)
            throw new DimseFormatException($"{name}: required command element {Describe(tag)} is missing", tag);
        if (element.VR == DicomVR.US) RequireUShort(command, name, tag);
    }

    private static ushort RequireUShort(DicomDataset command, string name, DicomTag tag)
    {
        if (!command.Contains(tag)) throw new DimseFormatException($"{name}: required command element {Describe(tag)} is missing", tag);
        return command.TryGetSingleValue<ushort>(tag, out var value)
            ? value
            : throw new DimseFormatException($"{name}: command element {Describe(tag)} does not hold a single US value", tag);
    }

    private static string Describe(DicomTag tag) => $"{tag} {DicomDictionary.Lookup(tag)?.Keyword}".TrimEnd();
}
