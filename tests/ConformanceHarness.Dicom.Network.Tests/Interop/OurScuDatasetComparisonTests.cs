using ConformanceHarness.TestSupport.Synthetic;

namespace ConformanceHarness.Dicom.Network.Tests.Interop;

public sealed class OurScuDatasetComparisonTests
{
    private static readonly CtImageSpec Spec = new() { PixelDataBytes = 8 * 8 * 2 };

    [Fact]
    public void Differences_SameImageInLittleAndBigEndian_None()
    {
        var little = Reread(Spec);

        var big = Reread(Spec with { TransferSyntax = TransferSyntax.ExplicitVRBigEndian });

        Assert.Empty(OurScuDatasetComparison.Differences(little, big, ""));
    }

    [Fact]
    public void Differences_ChangedMissingAndRetypedElements_NamesEachWithExpectedAndReceived()
    {
        var sent = Reread(Spec);
        var received = Reread(Spec);
        received.AddOrUpdate(DicomTags.PatientID, "OTHER");
        received.Remove(DicomTags.StudyID);
        received.AddOrUpdate(new DicomElement(DicomTags.PixelData, DicomVR.OB, ((DicomElement)sent.GetItem(DicomTags.PixelData)).Bytes.ToArray()));

        var differences = OurScuDatasetComparison.Differences(sent, received, "");

        Assert.Equal(
        [
            "(0010,0020) PatientID: expected 14 bytes \"HX-SYNTHETIC-1\", but received 6 bytes \"OTHER \"",
            "(0020,0010) StudyID: expected (0020,0010) SH (2 bytes), but received no element",
            "(7FE0,0010) PixelData: expected VR OW, but received VR OB",
        ], differences);
    }

    [Fact]
    public void Differences_SequenceItemValueChanged_NamesTheItem()
    {
        var sent = new DicomDataset(new DicomSequence(DicomTags.ReferencedImageSequence, new DicomDataset().AddOrUpdate(DicomTags.ReferencedSOPInstanceUID, "1.2.3")));
        var received = new DicomDataset(new DicomSequence(DicomTags.ReferencedImageSequence, new DicomDataset().AddOrUpdate(DicomTags.ReferencedSOPInstanceUID, "1.2.4")));

        var difference = Assert.Single(OurScuDatasetComparison.Differences(sent, received, ""));

        Assert.StartsWith("(0008,1140) ReferencedImageSequence[0].(0008,1155) ReferencedSOPInstanceUID: expected", difference);
    }

    /// <summary>The image written in its syntax and read back with our reader, as the interop tests read files.</summary>
    private static DicomDataset Reread(CtImageSpec spec) => DicomFile.Read(new MemoryStream(SyntheticInstances.Encode(spec))).Dataset;
}
