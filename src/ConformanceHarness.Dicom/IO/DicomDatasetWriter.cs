using System.Buffers.Binary;
using System.Text;

namespace ConformanceHarness.Dicom.IO;

/// <summary>
/// Writes a data set in an uncompressed or encapsulated transfer syntax, PS3.5 §7: element headers
/// for implicit or explicit VR in either byte order, values swapped to the target byte order and
/// padded to even length with the VR's padding byte, sequences and items delimited or with lengths,
/// group lengths recomputed.
/// </summary>
public sealed class DicomDatasetWriter
{
    private readonly Stream _stream;
    private readonly TransferSyntax _syntax;
    private readonly DicomLengthCalculator _lengths;
    private readonly byte[] _scratch = new byte[4];

    public DicomDatasetWriter(Stream stream, TransferSyntax syntax, DicomWriteOptions? options = null)
    {
        _stream = stream;
        _syntax = syntax;
        _lengths = new DicomLengthCalculator(syntax, options ?? DicomWriteOptions.Default);
    }

    public void Write(DicomDataset dataset)
    {
        foreach (var item in dataset.Where(item => _lengths.Writes(item.Tag)))
        {
            if (item.Tag.IsGroupLength) WriteGroupLength(item.Tag, _lengths.OfGroup(dataset, item.Tag.Group));
            else WriteItem(item);
        }
    }

    private void WriteItem(DicomItem item)
    {
        switch (item)
        {
            case DicomElement element: WriteElement(element); break;
            case DicomSequence sequence: WriteSequence(sequence); break;
            case DicomFragmentSequence fragments: WriteFragments(fragments); break;
        }
    }

    private void WriteGroupLength(DicomTag tag, long length)
    {
        WriteHeader(tag, DicomVR.UL, 4);
        WriteUInt32((uint)length);
    }

    private void WriteElement(DicomElement element)
    {
        var length = DicomLengthCalculator.PaddedLength(element);
        if (length > uint.MaxValue - 1) throw new InvalidOperationException($"{element.Tag} value of {length} bytes is too long to encode");
        WriteHeader(element.Tag, _lengths.EncodedVR(element), (uint)length);
        _stream.Write(element.InByteOrder(_syntax.IsBigEndian).Bytes.Span);
        if (element.Length % 2 == 1) _stream.WriteByte(element.VR.Padding);
    }

    private void WriteSequence(DicomSequence sequence)
    {
        var undefined = _lengths.UndefinedSequence(sequence);
        var undefinedItems = _lengths.UndefinedItems(sequence);
        WriteHeader(sequence.Tag, DicomVR.SQ, undefined ? DicomDatasetReader.UndefinedLength : (uint)_lengths.OfSequenceContent(sequence));
        foreach (var item in sequence.Items)
        {
            WriteDelimiter(DicomTag.Item, undefinedItems ? DicomDatasetReader.UndefinedLength : (uint)_lengths.OfDataset(item));
            Write(item);
            if (undefinedItems) WriteDelimiter(DicomTag.ItemDelimitationItem, 0);
        }
        if (undefined) WriteDelimiter(DicomTag.SequenceDelimitationItem, 0);
    }

    private void WriteFragments(DicomFragmentSequence fragments)
    {
        WriteHeader(fragments.Tag, fragments.VR, DicomDatasetReader.UndefinedLength);
        WriteDelimiter(DicomTag.Item, (uint)(4 * fragments.OffsetTable.Count));
        foreach (var offset in fragments.OffsetTable) WriteUInt32(offset);
        foreach (var fragment in fragments.Fragments)
        {
            WriteDelimiter(DicomTag.Item, (uint)(fragment.Length + (fragment.Length % 2)));
            _stream.Write(fragment.Data.Span);
            if (fragment.Length % 2 == 1) _stream.WriteByte(0);
        }
        WriteDelimiter(DicomTag.SequenceDelimitationItem, 0);
    }

    /// <summary>Tag, then VR and a 16-bit length, or VR, 2 reserved bytes and a 32-bit length (explicit); tag and 32-bit length (implicit).</summary>
    private void WriteHeader(DicomTag tag, DicomVR vr, uint length)
    {
        WriteTag(tag);
        if (!_syntax.IsExplicitVR)
        {
            WriteUInt32(length);
            return;
        }
        _stream.Write(Encoding.ASCII.GetBytes(vr.Code));
        if (vr.HasLongLength)
        {
            WriteUInt16(0);
            WriteUInt32(length);
        }
        else WriteUInt16((ushort)length);
    }

    private void WriteDelimiter(DicomTag tag, uint length)
    {
        WriteTag(tag);
        WriteUInt32(length);
    }

    private void WriteTag(DicomTag tag)
    {
        WriteUInt16(tag.Group);
        WriteUInt16(tag.Element);
    }

    private void WriteUInt16(ushort value)
    {
        if (_syntax.IsBigEndian) BinaryPrimitives.WriteUInt16BigEndian(_scratch, value);
        else BinaryPrimitives.WriteUInt16LittleEndian(_scratch, value);
        _stream.Write(_scratch, 0, 2);
    }

    private void WriteUInt32(uint value)
    {
        if (_syntax.IsBigEndian) BinaryPrimitives.WriteUInt32BigEndian(_scratch, value);
        else BinaryPrimitives.WriteUInt32LittleEndian(_scratch, value);
        _stream.Write(_scratch, 0, 4);
    }
}
