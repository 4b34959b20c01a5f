using System.Buffers.Binary;

namespace ConformanceHarness.Dicom.IO;

/// <summary>
/// Parses a data set, PS3.5 §7: element headers in implicit or explicit VR, either byte order,
/// defined and undefined lengths, nested sequences and encapsulated pixel data. Tolerates what DCMTK
/// tolerates (odd lengths, non-standard VRs, UN sequences) with a <see cref="DicomReadWarning"/>; refuses
/// what cannot be read (lengths past the end, undefined length where none is allowed, runaway nesting)
/// with a <see cref="DicomFormatException"/> naming the tag and byte offset.
/// </summary>
public sealed partial class DicomDatasetReader
{
    /// <summary>The value length 0xFFFFFFFF: delimited by an Item or Sequence Delimitation Item.</summary>
    public const uint UndefinedLength = 0xFFFFFFFF;

    private static readonly DicomTag PixelRepresentation = new(0x0028, 0x0103);

    private readonly ByteSource _source;
    private readonly DicomReadOptions _options;
    private readonly List<DicomReadWarning> _warnings;
    private readonly Func<long, long, IByteBuffer>? _lazy;
    private bool _explicitVR;

    internal DicomDatasetReader(ByteSource source, bool explicitVR, DicomReadOptions options, List<DicomReadWarning> warnings,
        Func<long, long, IByteBuffer>? lazy)
    {
        _source = source;
        _explicitVR = explicitVR;
        _options = options;
        _warnings = warnings;
        _lazy = lazy;
    }

    /// <summary>Reads a bare data set (no preamble, no file meta) in <paramref name="syntax"/> to the end of <paramref name="stream"/>.</summary>
    public static DicomDataset Read(Stream stream, TransferSyntax syntax, DicomReadOptions? options, out IReadOnlyList<DicomReadWarning> warnings)
    {
        var collected = new List<DicomReadWarning>();
        var source = ByteSource.Over(stream);
        source.BigEndian = syntax.IsBigEndian;
        Func<long, long, IByteBuffer>? lazy = stream.CanSeek ? (offset, length) => StreamByteBuffer.FromStream(stream, offset, length) : null;
        var dataset = new DicomDatasetReader(source, syntax.IsExplicitVR, options ?? DicomReadOptions.Default, collected, lazy).ReadDataset();
        warnings = collected;
        return dataset;
    }

    /// <summary>The top-level data set, to the end of the stream or <see cref="DicomReadOptions.StopBefore"/>.</summary>
    internal DicomDataset ReadDataset() => ReadItems(null, 0, false, null);

    /// <summary>File Meta Information: explicit VR little endian elements while the group is 0002, PS3.10 §7.1.</summary>
    internal DicomDataset ReadFileMetaInformation()
    {
        var meta = new DicomDataset();
        while (_source.Peek(2) is var group && group.Length == 2 && BinaryPrimitives.ReadUInt16LittleEndian(group) == 0x0002)
        {
            var offset = _source.Position;
            var tag = _source.ReadTag("Tag", null);
            meta.AddOrUpdate(ReadElement(tag, offset, 0, meta));
        }
        return meta;
    }

    private DicomDataset ReadItems(long? end, int depth, bool delimited, DicomTag? sequence)
    {
        var dataset = new DicomDataset();
        DicomTag? previous = null;
        while (end is null ? delimited || !_source.IsAtEnd : _source.Position < end)
        {
            var offset = _source.Position;
            var tag = _source.ReadTag(delimited ? "Tag (or Item Delimitation Item)" : "Tag", sequence);
            if (tag.IsDelimiter)
            {
                if (ReadDelimiter(tag, offset, delimited)) return dataset;
                continue;
            }
            if (depth == 0 && _options.StopBefore is { } stop && tag.CompareTo(stop) >= 0) break;
            Store(dataset, ReadElement(tag, offset, depth, dataset), previous, offset);
            previous = tag;
        }
        if (end is { } limit && _source.Position > limit)
            throw new DicomFormatException($"item content ends at offset {_source.Position}, past the item's length", sequence, limit);
        return dataset;
    }

    /// <summary>True when the delimiter closes the undefined-length item being read.</summary>
    private bool ReadDelimiter(DicomTag tag, long offset, bool delimited)
    {
        var length = _source.ReadUInt32("Delimiter length", tag);
        if (length != 0) Warn(tag, offset, $"delimiter has length {length}, expected 0");
        if (tag == DicomTag.ItemDelimitationItem && delimited) return true;
        if (tag == DicomTag.Item)
            throw new DicomFormatException("Item (FFFE,E000) found where a data element was expected", tag, offset);
        if (delimited && tag == DicomTag.SequenceDelimitationItem)
            throw new DicomFormatException("Sequence Delimitation Item inside an item that was not closed", tag, offset);
        Warn(tag, offset, "delimiter outside an undefined-length item or sequence ignored");
        return false;
    }

    private DicomItem ReadElement(DicomTag tag, long offset, int depth, DicomDataset dataset)
    {
        var (vr, length) = ReadHeader(tag, offset, dataset);
        if (length == UndefinedLength) return ReadUndefinedLength(tag, vr, offset, depth);
        if (vr == DicomVR.SQ) return ReadSequence(tag, length, offset, depth);
        if (length % 2 == 1) Warn(tag, offset, $"value length {length} is odd");
        return new DicomElement(tag, vr, ReadValue(tag, length), _source.BigEndian);
    }

    private (DicomVR VR, uint Length) ReadHeader(DicomTag tag, long offset, DicomDataset dataset)
    {
        if (!_explicitVR) return (ImplicitVR(tag, dataset), _source.ReadUInt32("Value Length", tag));
        var code = _source.ReadAscii(2, "VR", tag);
        if (DicomVR.TryParse(code, out var vr))
            return vr.HasLongLength ? (vr, ReadLongLength(tag)) : (vr, _source.ReadUInt16("Value Length", tag));
        if (code.All(char.IsAsciiLetterUpper))
        {
            Warn(tag, offset, $"non-standard VR '{code}', assuming 4 byte length field (read as UN)");
            return (DicomVR.UN, ReadLongLength(tag));
        }
        Warn(tag, offset, $"non-standard VR '{Printable(code)}', assuming 2 byte length field");
        return (ImplicitVR(tag, dataset), _source.ReadUInt16("Value Length", tag));
    }

    private uint ReadLongLength(DicomTag tag)
    {
        _source.ReadUInt16("Reserved", tag);
        return _source.ReadUInt32("Value Length", tag);
    }

    private IByteBuffer ReadValue(DicomTag tag, long length)
    {
        _source.EnsureAvailable(length, "Value", tag);
        if (length > _options.LargeValueThreshold && _lazy is not null && _source.Seekable is not null)
        {
            var buffer = _lazy(_source.Position, length);
            _source.Skip(length, "Value", tag);
            return buffer;
        }
        return length == 0 ? MemoryByteBuffer.Empty : new MemoryByteBuffer(_source.ReadBytes(length, "Value", tag));
    }

    private void Store(DicomDataset dataset, DicomItem item, DicomTag? previous, long offset)
    {
        if (dataset.Contains(item.Tag)) Warn(item.Tag, offset, "element appears more than once; the later one is kept");
        else if (previous is { } last && item.Tag.CompareTo(last) < 0) Warn(item.Tag, offset, $"element follows {last}: tags are not in ascending order");
        dataset.AddOrUpdate(item);
    }

    /// <summary>
    /// The dictionary's VR; "OB or OW" reads as OW, as PS3.5 §A.1 prescribes for implicit VR (Pixel Data, Overlay Data …);
    /// "US or SS" reads as SS when Pixel Representation (0028,0103) read before it is 1 (signed), as DCMTK does.
    /// </summary>
    private static DicomVR ImplicitVR(DicomTag tag, DicomDataset dataset)
    {
        var vrs = DicomDictionary.Lookup(tag, dataset.GetPrivateCreator(tag))?.ValueRepresentations ?? [];
        if (vrs.Contains(DicomVR.OW) && vrs.Contains(DicomVR.OB)) return DicomVR.OW;
        if (vrs.Contains(DicomVR.US) && vrs.Contains(DicomVR.SS) && IsSigned(dataset)) return DicomVR.SS;
        return vrs.FirstOrDefault() ?? DicomVR.UN;
    }

    private static bool IsSigned(DicomDataset dataset) =>
        dataset.TryGetSingleValue<ushort>(PixelRepresentation, out var representation) && representation == 1;

    private void Warn(DicomTag? tag, long offset, string message) => _warnings.Add(new DicomReadWarning(tag, offset, message));

    private static string Printable(string code) =>
        string.Concat(code.Select(c => c is >= ' ' and < '\x7F' ? c.ToString() : $"\\x{(int)c:X2}"));
}
