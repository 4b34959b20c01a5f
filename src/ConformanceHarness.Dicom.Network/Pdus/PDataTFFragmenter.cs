namespace ConformanceHarness.Dicom.Network.Pdus;

/// <summary>Splits an encoded command or data set into P-DATA-TFs that each fit the peer's maximum length.</summary>
/// <remarks>PS3.8 §9.3.5 and Annex D.1: the maximum length received bounds the variable field of a
/// P-DATA-TF, i.e. the PDV items including their 6 bytes of item-length, context id and control header.
/// A maximum of 0 means unlimited. One PDV per PDU; the last fragment has bit 1 set (Annex E.2).</remarks>
public static class PDataTFFragmenter
{
    public static IEnumerable<PDataTF> Fragment(byte presentationContextId, bool isCommand, ReadOnlyMemory<byte> data, uint maximumLength)
    {
        if (maximumLength != 0 && maximumLength <= PresentationDataValue.Overhead)
        {
            throw new ArgumentOutOfRangeException(nameof(maximumLength), maximumLength,
                $"a P-DATA-TF needs more than {PresentationDataValue.Overhead} bytes to carry any data");
        }

        var size = maximumLength == 0 ? int.MaxValue : (int)Math.Min(maximumLength - PresentationDataValue.Overhead, int.MaxValue);
        return Split(presentationContextId, isCommand, data, size);
    }

    private static IEnumerable<PDataTF> Split(byte id, bool isCommand, ReadOnlyMemory<byte> data, int size)
    {
        var offset = 0;
        do
        {
            var count = Math.Min(size, data.Length - offset);
            var isLast = offset + count == data.Length;
            yield return new PDataTF([new PresentationDataValue(id, isCommand, isLast, [.. data.Span.Slice(offset, count)])]);
            offset += count;
        }
        while (offset < data.Length);
    }
}
