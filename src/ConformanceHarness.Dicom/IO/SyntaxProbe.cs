using System.Buffers.Binary;
using System.Text;

namespace ConformanceHarness.Dicom.IO;

/// <summary>
/// Looks at the first element header to tell implicit from explicit VR and the byte order, for data
/// sets without a Transfer Syntax UID and for files whose data set contradicts the one they declare.
/// </summary>
internal static class SyntaxProbe
{
    public static TransferSyntax Guess(ByteSource source)
    {
        var head = source.Peek(6);
        if (head.Length < 6) return TransferSyntax.ImplicitVRLittleEndian;
        var bigEndian = BinaryPrimitives.ReadUInt16LittleEndian(head) > 0x00FF && BinaryPrimitives.ReadUInt16BigEndian(head) <= 0x00FF;
        if (!HasVR(head)) return TransferSyntax.ImplicitVRLittleEndian;
        return bigEndian ? TransferSyntax.ExplicitVRBigEndian : TransferSyntax.ExplicitVRLittleEndian;
    }

    /// <summary>Whether to read explicit VR: as declared, unless the first header plainly says otherwise (a warning then).</summary>
    public static bool ExplicitVR(ByteSource source, TransferSyntax syntax, List<DicomReadWarning> warnings)
    {
        var head = source.Peek(6);
        if (head.Length < 6 || HasVR(head) == syntax.IsExplicitVR) return syntax.IsExplicitVR;
        var tag = new DicomTag(BinaryPrimitives.ReadUInt16LittleEndian(head), BinaryPrimitives.ReadUInt16LittleEndian(head[2..]));
        var actual = syntax.IsExplicitVR ? "implicit" : "explicit";
        warnings.Add(new DicomReadWarning(tag, source.Position, $"transfer syntax {syntax.Uid} says {(syntax.IsExplicitVR ? "explicit" : "implicit")} VR but the data set is {actual} VR; reading it as {actual}"));
        return !syntax.IsExplicitVR;
    }

    private static bool HasVR(ReadOnlySpan<byte> head) => DicomVR.TryParse(Encoding.ASCII.GetString(head[4..6]), out _);
}
