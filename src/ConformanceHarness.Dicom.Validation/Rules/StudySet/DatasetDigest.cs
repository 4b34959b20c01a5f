using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;

namespace ConformanceHarness.Dicom.Validation.Rules.StudySet;

/// <summary>
/// A digest of a data set as read (header-only reads stop before Pixel Data, so pixels do not count): every
/// element's tag, VR and value bytes, sequences item by item with an item marker, in tag order. File meta information
/// is left out (it names the sender, not the instance). 128 bits of SHA-256, as 32 hex digits. The last data set's
/// digest is remembered: the rules that need it ask for it one after the other.
/// </summary>
public static class DatasetDigest
{
    [ThreadStatic] private static (DicomDataset Dataset, string Digest)? _last;

    public static string Of(DicomDataset dataset)
    {
        if (_last is { } last && ReferenceEquals(last.Dataset, dataset)) return last.Digest;
        var buffer = new ArrayBufferWriter<byte>(4096);
        Append(buffer, dataset);
        var digest = Convert.ToHexString(SHA256.HashData(buffer.WrittenSpan), 0, 16);
        _last = (dataset, digest);
        return digest;
    }

    private static void Append(ArrayBufferWriter<byte> buffer, DicomDataset dataset)
    {
        foreach (var item in dataset)
        {
            var header = buffer.GetSpan(10);
            BinaryPrimitives.WriteUInt32LittleEndian(header, item.Tag.Value);
            (header[4], header[5]) = ((byte)item.VR.Code[0], (byte)item.VR.Code[1]);
            BinaryPrimitives.WriteInt32LittleEndian(header[6..], item is DicomSequence s ? s.Items.Count : (int)((item as DicomElement)?.Length ?? -1));
            buffer.Advance(10);
            if (item is DicomElement element) buffer.Write(element.Bytes.Span);
            else if (item is DicomSequence sequence)
                foreach (var child in sequence.Items) AppendItem(buffer, child);
        }
    }

    /// <summary>An item marker with the item's element count, so that item boundaries count too.</summary>
    private static void AppendItem(ArrayBufferWriter<byte> buffer, DicomDataset item)
    {
        var marker = buffer.GetSpan(8);
        BinaryPrimitives.WriteUInt32LittleEndian(marker, DicomTag.Item.Value);
        BinaryPrimitives.WriteInt32LittleEndian(marker[4..], item.Count);
        buffer.Advance(8);
        Append(buffer, item);
    }
}
