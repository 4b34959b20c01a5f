using System.Buffers.Binary;

namespace ConformanceHarness.Cli.Commands.Dicom;

/// <summary>
/// Tells DICOM files from the other files in a folder by their first bytes: "DICM" after the 128-byte
/// preamble (PS3.10 §7.1), "DICM" at the start, or a bare data set opening with a group 0002 or 0008 tag.
/// </summary>
public static class DicomSniffer
{
    private const int PreambleLength = 128;

    public static bool LooksLikeDicom(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        return LooksLikeDicom(stream);
    }

    /// <summary>Reads up to 132 bytes from the stream's current position; the caller rewinds it.</summary>
    public static bool LooksLikeDicom(Stream stream)
    {
        Span<byte> buffer = stackalloc byte[PreambleLength + 4];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var head = buffer[..read];
        if (read == buffer.Length && head[PreambleLength..].SequenceEqual("DICM"u8)) return true;
        if (read >= 4 && head[..4].SequenceEqual("DICM"u8)) return true;
        return read >= 8 && StartsWithDataSetTag(head);
    }

    /// <summary>(0002,eeee) or (0008,eeee) with a small element number, in either byte order.</summary>
    private static bool StartsWithDataSetTag(ReadOnlySpan<byte> head)
    {
        var (group, element) = (BinaryPrimitives.ReadUInt16LittleEndian(head), BinaryPrimitives.ReadUInt16LittleEndian(head[2..]));
        if (group is 0x0002 or 0x0008 && element < 0x0100) return true;
        (group, element) = (BinaryPrimitives.ReadUInt16BigEndian(head), BinaryPrimitives.ReadUInt16BigEndian(head[2..]));
        return group == 0x0008 && element < 0x0100;
    }
}
