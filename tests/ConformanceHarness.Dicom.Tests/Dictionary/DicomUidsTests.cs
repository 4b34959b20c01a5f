using ConformanceHarness.Dicom;

namespace ConformanceHarness.Dicom.Tests.Dictionary;

public sealed class DicomUidsTests
{
    [Theory]
    [InlineData("1.2.840.10008.1.2", "ImplicitVRLittleEndian", DicomUidType.TransferSyntax, false)]
    [InlineData("1.2.840.10008.1.2.2", "ExplicitVRBigEndian", DicomUidType.TransferSyntax, true)]
    [InlineData("1.2.840.10008.1.1", "Verification", DicomUidType.SopClass, false)]
    [InlineData("1.2.840.10008.1.20.1.1", "StorageCommitmentPushModelInstance", DicomUidType.WellKnownInstance, false)]
    [InlineData("1.2.840.10008.3.1.1.1", "DICOMApplicationContext", DicomUidType.ApplicationContextName, false)]
    [InlineData("1.2.840.10008.2.16.4", "DCM", DicomUidType.CodingScheme, false)]
    [InlineData("1.2.840.10008.5.1.4.31", "ModalityWorklistInformationModelFind", DicomUidType.SopClass, false)]
    [InlineData("1.2.840.10008.5.1.4.1.1.2", "CTImageStorage", DicomUidType.SopClass, false)]
    public void Lookup_RegisteredUid_GivesKeywordTypeAndRetired(string uid, string keyword, DicomUidType type, bool retired)
    {
        var entry = DicomUids.Lookup(uid);

        Assert.NotNull(entry);
        Assert.Equal((uid, keyword, type, retired), (entry.Uid, entry.Keyword, entry.Type, entry.IsRetired));
    }

    [Fact]
    public void Lookup_PaddedUid_IgnoresTrailingNul()
    {
        Assert.Equal("CT Image Storage", DicomUids.Lookup(DicomUids.CTImageStorage + "\0")?.Name);
    }

    [Fact]
    public void Lookup_UnregisteredUid_ReturnsNull()
    {
        Assert.Null(DicomUids.Lookup("1.2.3.4.5"));
    }

    [Theory]
    [InlineData(DicomUids.CTImageStorage, true)]
    [InlineData(DicomUids.MRImageStorage, true)]
    [InlineData(DicomUids.TwelveLeadECGWaveformStorage, true)]
    [InlineData(DicomUids.UltrasoundImageStorageRetired, true)]
    [InlineData(DicomUids.Verification, false)]
    [InlineData(DicomUids.StudyRootQueryRetrieveInformationModelFind, false)]
    [InlineData(DicomUids.ExplicitVRLittleEndian, false)]
    [InlineData("1.2.3.4.5", false)]
    public void IsStorageSopClass_Uid_TellsStorageClassesApart(string uid, bool expected)
    {
        Assert.Equal(expected, DicomUids.IsStorageSopClass(uid));
    }

    [Fact]
    public void All_EveryEntry_HasUniqueUidAndKeyword()
    {
        Assert.Equal(DicomUids.All.Count, DicomUids.All.Select(e => e.Uid).Distinct().Count());
        Assert.Equal(DicomUids.All.Count, DicomUids.All.Select(e => e.Keyword).Distinct().Count());
        Assert.Contains(DicomUids.All, e => e.Uid == DicomUids.InstanceAvailabilityNotification);
    }
}
