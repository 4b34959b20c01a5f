using ConformanceHarness.Dicom.Network.Dimse;

namespace ConformanceHarness.Dicom.Network.Tests.Dimse;

public sealed class DimseDatasetCodecTests
{
    [Fact]
    public void ForTransfer_OddDeflatedStream_GetsOneTrailingNullByte()
    {
        var padded = DimseDatasetCodec.ForTransfer(new byte[] { 0x4B, 0x03, 0x00 }, TransferSyntax.DeflatedExplicitVRLittleEndian);

        Assert.Equal(new byte[] { 0x4B, 0x03, 0x00, 0x00 }, padded.ToArray());
    }

    [Fact]
    public void ForTransfer_EvenDeflatedOrOtherSyntax_Unchanged()
    {
        Assert.Equal(2, DimseDatasetCodec.ForTransfer(new byte[2], TransferSyntax.DeflatedExplicitVRLittleEndian).Length);
        Assert.Equal(3, DimseDatasetCodec.ForTransfer(new byte[3], TransferSyntax.ExplicitVRLittleEndian).Length);
    }

    [Fact]
    public void Encode_Deflated_EveryLengthIsEvenAndDecodesBack()
    {
        var names = Enumerable.Range(1, 16).Select(length => new string('A', length) + "^" + length).ToList();

        var encoded = names.Select(name => DimseDatasetCodec.Encode(new DicomDataset().AddOrUpdate(DicomTags.PatientName, name),
            TransferSyntax.ExplicitVRLittleEndian, TransferSyntax.DeflatedExplicitVRLittleEndian)).ToList();

        Assert.All(encoded, bytes => Assert.True(bytes.Length % 2 == 0, $"a deflated data set of {bytes.Length} bytes"));
        Assert.Equal(names, encoded.Select(bytes => DimseDatasetCodec.Decode(bytes, TransferSyntax.DeflatedExplicitVRLittleEndian).GetString(DicomTags.PatientName)));
    }
}
