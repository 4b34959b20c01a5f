namespace ConformanceHarness.Dicom.Network.Tests.Interop;

/// <summary>The comparison the interop tests rely on finds each kind of difference, and none between byte orders.</summary>
public sealed class DatasetComparisonTests
{
    [Fact]
    public void Differences_ChangedValueVRMissingAndAddedElements_AreEachReported()
    {
        var sent = Sample();
        var received = Sample().AddOrUpdate(DicomTags.PatientName, "DOE^JOHN").AddOrUpdate(DicomTags.StudyID, "9");
        received.Remove(DicomTags.Modality);
        received.AddOrUpdate(new DicomElement(DicomTags.Rows, DicomVR.SS, BitConverter.GetBytes((short)64)));

        var differences = DatasetComparison.Differences(sent, received, compareVR: true);

        Assert.Equal(4, differences.Count);
        Assert.Contains("(0010,0010): value 'DOE^JANE' became 'DOE^JOHN'", differences);
        Assert.Contains("(0008,0060): sent, but not received", differences);
        Assert.Contains("(0020,0010): not sent, but received", differences);
        Assert.Contains("(0028,0010): VR US became SS", differences);
    }

    [Fact]
    public void Differences_SameValueInTheOtherByteOrder_IsNone_ButAChangedSequenceItemIsOne()
    {
        var sent = Sample().AddOrUpdate(new DicomSequence(DicomTags.ProcedureCodeSequence, new DicomDataset().AddOrUpdate(DicomTags.CodeValue, "X1")));
        var received = Sample().AddOrUpdate(new DicomElement(DicomTags.Rows, DicomVR.US, [0x00, 0x40], isBigEndian: true))
            .AddOrUpdate(new DicomSequence(DicomTags.ProcedureCodeSequence, new DicomDataset().AddOrUpdate(DicomTags.CodeValue, "X2")));

        var differences = DatasetComparison.Differences(sent, received, compareVR: true);

        Assert.Equal("(0008,1032)[0](0008,0100): value 'X1' became 'X2'", Assert.Single(differences));
    }

    private static DicomDataset Sample() => new DicomDataset().AddOrUpdate(DicomTags.PatientName, "DOE^JANE").AddOrUpdate(DicomTags.Modality, "CT")
        .AddOrUpdate(DicomTags.Rows, (ushort)64);
}
