using System.Buffers.Binary;
using System.IO.Compression;

namespace ConformanceHarness.Dicom.IO;

/// <summary>
/// Reads a DICOM file, PS3.10 §7: optional 128-byte preamble and "DICM" prefix (a bare data set is
/// detected by probing its first tag), File Meta Information with or without (0002,0000), then the
/// data set in the transfer syntax it names, inflating Deflated Explicit VR Little Endian.
/// </summary>
public static class DicomFileReader
{
    private const int PreambleLength = 128;
    private static readonly DicomTag TransferSyntaxUid = new(0x0002, 0x0010);
    private static readonly DicomTag GroupLength = new(0x0002, 0x0000);

    public static DicomFile Open(string path, DicomReadOptions? options = null)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
        return Read(stream, options, (offset, length) => StreamByteBuffer.FromFile(path, offset, length));
    }

    /// <summary>Reads from <paramref name="stream"/>; large values of a seekable stream are read from it on demand, so keep it open.</summary>
    public static DicomFile Read(Stream stream, DicomReadOptions? options = null) =>
        Read(stream, options, stream.CanSeek ? (offset, length) => StreamByteBuffer.FromStream(stream, offset, length) : null);

    private static DicomFile Read(Stream stream, DicomReadOptions? options, Func<long, long, IByteBuffer>? lazy)
    {
        options ??= DicomReadOptions.Default;
        var warnings = new List<DicomReadWarning>();
        var source = ByteSource.Over(stream);
        var preamble = ReadPreamble(source, warnings);
        var meta = IsGroup2(source) ? ReadMeta(source, options, warnings) : new DicomDataset();
        var syntax = SyntaxOf(meta, source, warnings);
        var body = syntax.IsDeflated ? Inflate(source) : source;
        var explicitVR = SyntaxProbe.ExplicitVR(body, syntax, warnings);
        body.BigEndian = syntax.IsBigEndian;
        var dataset = new DicomDatasetReader(body, explicitVR, options, warnings, syntax.IsDeflated ? null : lazy).ReadDataset();
        return new DicomFile(dataset, meta) { Preamble = preamble, TransferSyntax = syntax, Warnings = warnings };
    }

    private static byte[]? ReadPreamble(ByteSource source, List<DicomReadWarning> warnings)
    {
        var head = source.Peek(PreambleLength + 4);
        if (head.Length == PreambleLength + 4 && head[PreambleLength..].SequenceEqual("DICM"u8))
        {
            var preamble = head[..PreambleLength].ToArray();
            source.Skip(PreambleLength + 4, "Preamble and DICM prefix", null);
            return preamble;
        }
        if (head.Length >= 4 && head[..4].SequenceEqual("DICM"u8))
        {
            warnings.Add(new DicomReadWarning(null, source.Position, "\"DICM\" prefix without the 128-byte preamble"));
            source.Skip(4, "DICM prefix", null);
            return null;
        }
        warnings.Add(new DicomReadWarning(null, source.Position, "no preamble and \"DICM\" prefix: reading a bare data set"));
        return null;
    }

    private static bool IsGroup2(ByteSource source) =>
        source.Peek(2) is var group && group.Length == 2 && BinaryPrimitives.ReadUInt16LittleEndian(group) == 0x0002;

    private static DicomDataset ReadMeta(ByteSource source, DicomReadOptions options, List<DicomReadWarning> warnings)
    {
        var start = source.Position;
        var meta = new DicomDatasetReader(source, true, options with { StopBefore = null }, warnings, null).ReadFileMetaInformation();
        var actual = source.Position - start - (meta.Contains(GroupLength) ? 12 : 0);
        if (!meta.TryGetElement(GroupLength, out var element))
            warnings.Add(new DicomReadWarning(GroupLength, start, "no File Meta Information Group Length (0002,0000)"));
        else if (element.VR != DicomVR.UL || element.Length != 4)
            warnings.Add(new DicomReadWarning(GroupLength, start, $"File Meta Information Group Length is {element.VR} of {element.Length} bytes, not UL of 4"));
        else if (meta.GetSingleValue<uint>(GroupLength) is var declared && declared != actual)
            warnings.Add(new DicomReadWarning(GroupLength, start, $"File Meta Information Group Length is {declared}, the group has {actual} bytes"));
        return meta;
    }

    private static TransferSyntax SyntaxOf(DicomDataset meta, ByteSource source, List<DicomReadWarning> warnings)
    {
        if (meta.TryGetString(TransferSyntaxUid, out var uid) && uid.Length > 0) return TransferSyntax.Lookup(uid);
        var guessed = SyntaxProbe.Guess(source);
        warnings.Add(new DicomReadWarning(TransferSyntaxUid, source.Position, $"no Transfer Syntax UID: the data set looks like {guessed}"));
        return guessed;
    }

    private static ByteSource Inflate(ByteSource source)
    {
        var inflated = new DeflateStream(source.Detach(), CompressionMode.Decompress, leaveOpen: true);
        return new ByteSource(inflated, source.Position, null);
    }
}
