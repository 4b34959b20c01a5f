namespace ConformanceHarness.Dicom.IO;

public sealed partial class DicomDatasetReader
{
    private DicomItem ReadUndefinedLength(DicomTag tag, DicomVR vr, long offset, int depth)
    {
        if (vr == DicomVR.SQ) return ReadSequence(tag, UndefinedLength, offset, depth);
        if (vr == DicomVR.UN) return ReadImplicitSequence(tag, offset, depth);
        if (vr == DicomVR.OB || vr == DicomVR.OW) return ReadFragments(tag, DicomVR.OB, offset);
        throw new DicomFormatException($"undefined length (0xFFFFFFFF) is not allowed for VR {vr}", tag, offset);
    }

    /// <summary>UN with undefined length holds an implicit VR little endian sequence (CP-246), as DCMTK reads it.</summary>
    private DicomSequence ReadImplicitSequence(DicomTag tag, long offset, int depth)
    {
        Warn(tag, offset, "VR UN with undefined length: read as a sequence in implicit VR little endian (CP-246)");
        var (explicitVR, bigEndian) = (_explicitVR, _source.BigEndian);
        (_explicitVR, _source.BigEndian) = (false, false);
        try
        {
            return ReadSequence(tag, UndefinedLength, offset, depth);
        }
        finally
        {
            (_explicitVR, _source.BigEndian) = (explicitVR, bigEndian);
        }
    }

    private DicomSequence ReadSequence(DicomTag tag, uint length, long offset, int depth)
    {
        if (depth >= _options.MaxDepth)
            throw new DicomFormatException($"sequences nest deeper than {_options.MaxDepth} levels", tag, offset);
        var undefined = length == UndefinedLength;
        long? end = undefined ? null : EndOf(tag, length);
        var sequence = new DicomSequence(tag) { IsUndefinedLength = undefined };
        while (end is null || _source.Position < end)
        {
            var itemOffset = _source.Position;
            var itemTag = _source.ReadTag("Item tag", tag);
            var itemLength = _source.ReadUInt32("Item length", tag);
            if (itemTag == DicomTag.SequenceDelimitationItem) break;
            if (itemTag != DicomTag.Item)
                throw new DicomFormatException($"expected Item (FFFE,E000) in the sequence, found {itemTag}", tag, itemOffset);
            if (sequence.Items.Count == 0) sequence.ItemsUndefinedLength = itemLength == UndefinedLength;
            sequence.Items.Add(itemLength == UndefinedLength
                ? ReadItems(null, depth + 1, true, tag)
                : ReadItems(EndOf(tag, itemLength), depth + 1, false, tag));
        }
        if (end is { } limit && _source.Position > limit)
            throw new DicomFormatException($"sequence items end at offset {_source.Position}, past the sequence length", tag, offset);
        return sequence;
    }

    /// <summary>Encapsulated pixel data, PS3.5 §A.4: Basic Offset Table item, fragment items, Sequence Delimitation Item; always OB.</summary>
    private DicomFragmentSequence ReadFragments(DicomTag tag, DicomVR vr, long offset)
    {
        var fragments = new DicomFragmentSequence(tag, vr);
        for (var index = 0; ; index++)
        {
            var itemOffset = _source.Position;
            var itemTag = _source.ReadTag("Fragment tag", tag);
            var length = _source.ReadUInt32("Fragment length", tag);
            if (itemTag == DicomTag.SequenceDelimitationItem) return fragments;
            if (itemTag != DicomTag.Item)
                throw new DicomFormatException($"expected a fragment Item (FFFE,E000), found {itemTag}", tag, itemOffset);
            if (length == UndefinedLength)
                throw new DicomFormatException("fragment with undefined length", tag, itemOffset);
            if (index == 0) ReadOffsetTable(fragments, tag, length, itemOffset);
            else fragments.Fragments.Add(ReadValue(tag, length));
        }
    }

    private void ReadOffsetTable(DicomFragmentSequence fragments, DicomTag tag, uint length, long offset)
    {
        if (length % 4 != 0) Warn(tag, offset, $"Basic Offset Table length {length} is not a multiple of 4");
        _source.EnsureAvailable(length, "Basic Offset Table", tag);
        for (var i = 0; i < length / 4; i++) fragments.OffsetTable.Add(_source.ReadUInt32("Basic Offset Table entry", tag));
        _source.Skip(length % 4, "Basic Offset Table", tag);
    }

    private long EndOf(DicomTag tag, uint length)
    {
        _source.EnsureAvailable(length, "Value Length", tag);
        return _source.Position + length;
    }
}
