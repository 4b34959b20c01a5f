using ConformanceHarness.TestSupport.Synthetic;

namespace ConformanceHarness.Dicom.Network.Tests.Interop;

/// <summary>The comparison the interop tests rely on finds each kind of difference, and none between byte orders.</summary>
public sealed class DatasetComparisonTests
{
    private static readonly CtImageSpec Spec = new() { PixelDataBytes = 8 * 8 * 2 };

    [Fact]
    public void Differences_SameImageInLittleAndBigEndian_None()
    {
        var little = Reread(Spec);

        var big = Reread(Spec with { TransferSyntax = TransferSyntax.ExplicitVRBigEndian });

        Assert.Empty(DatasetComparison.Differences(little, big));
    }

    [Fact]
    public void Differences_ChangedMissingAndRetypedElements_NamesEachWithExpectedAndReceived()
    {
        var sent = Reread(Spec);
        var received = Reread(Spec);
        received.AddOrUpdate(DicomTags.PatientID, "OTHER");
        received.Remove(DicomTags.StudyID);
        received.AddOrUpdate(new DicomElement(DicomTags.PixelData, DicomVR.OB, ((DicomElement)sent.GetItem(DicomTags.PixelData)).Bytes.ToArray()));

        var differences = DatasetComparison.Differences(sent, received);

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

        var difference = Assert.Single(DatasetComparison.Differences(sent, received));

        Assert.StartsWith("(0008,1140) ReferencedImageSequence[0].(0008,1155) ReferencedSOPInstanceUID: expected", difference);
    }

    [Fact]
    public void Differences_AnElementOnlyReceived_IsNamed()
    {
        var sent = Reread(Spec);
        var received = Reread(Spec).AddOrUpdate(DicomTags.PerformedProcedureStepID, "PPS1");

        var difference = Assert.Single(DatasetComparison.Differences(sent, received));

        Assert.StartsWith("(0040,0253) PerformedProcedureStepID: expected no element, but received", difference);
    }

    [Fact]
    public void Differences_VRsAndGroupLengths_AreLeftOutOnlyWhenAsked()
    {
        var sent = new DicomDataset().AddOrUpdate(DicomTags.Rows, (ushort)64);
        var received = new DicomDataset().AddOrUpdate(new DicomElement(DicomTags.Rows, DicomVR.SS, BitConverter.GetBytes((short)64)))
            .AddOrUpdate(new DicomElement(new DicomTag(0x0028, 0x0000), DicomVR.UL, BitConverter.GetBytes(10u)));

        var strict = DatasetComparison.Differences(sent, received);
        var lenient = DatasetComparison.Differences(sent, received, compareVR: false, ignoreGroupLengths: true);

        Assert.Equal(2, strict.Count);
        Assert.Contains("(0028,0010) Rows: expected VR US, but received VR SS", strict);
        Assert.Empty(lenient);
    }

    /// <summary>The image written in its syntax and read back with our reader, as the interop tests read files.</summary>
    private static DicomDataset Reread(CtImageSpec spec) => DicomFile.Read(new MemoryStream(SyntheticInstances.Encode(spec))).Dataset;
}
