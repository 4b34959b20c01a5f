using ConformanceHarness.Dicom;

namespace ConformanceHarness.Dicom.Tests.Dictionary;

/// <summary>Group length, private creators, private entries, unknown tags and the table's size.</summary>
public sealed partial class DicomDictionaryTests
{
    [Theory]
    [InlineData(0x0008, true)]
    [InlineData(0x0010, true)]
    [InlineData(0x0009, true)]
    public void Lookup_GroupLength_GivesULGroupLength(int group, bool retired)
    {
        var tag = new DicomTag((ushort)group, 0x0000);

        var entry = DicomDictionary.Lookup(tag);

        Assert.NotNull(entry);
        Assert.Equal(("GroupLength", DicomVR.UL, tag, retired), (entry.Keyword, entry.DefaultVR, entry.Tag, entry.IsRetired));
    }

    [Fact]
    public void Lookup_CommandAndFileMetaGroupLength_GiveTheirOwnEntries()
    {
        Assert.Equal("CommandGroupLength", DicomDictionary.Lookup(new DicomTag(0x0000, 0x0000))?.Keyword);
        Assert.Equal("FileMetaInformationGroupLength", DicomDictionary.Lookup(new DicomTag(0x0002, 0x0000))?.Keyword);
    }

    [Theory]
    [InlineData(0x0009, 0x0010)]
    [InlineData(0x0029, 0x0011)]
    [InlineData(0x7FE1, 0x00FF)]
    public void Lookup_PrivateCreatorElement_GivesLOPrivateCreator(int group, int element)
    {
        var entry = DicomDictionary.Lookup(new DicomTag((ushort)group, (ushort)element));

        Assert.NotNull(entry);
        Assert.Equal(("PrivateCreator", DicomVR.LO), (entry.Keyword, entry.DefaultVR));
    }

    [Theory]
    [InlineData(0x1010, "SIEMENS CSA HEADER")]
    [InlineData(0x1110, "SIEMENS CSA HEADER")]
    [InlineData(0x1010, "SIEMENS CSA HEADER ")]
    public void Lookup_PrivateDataElementWithKnownCreator_GivesPrivateEntryInAnyBlock(int element, string creator)
    {
        var tag = new DicomTag(0x0029, (ushort)element);

        var entry = DicomDictionary.Lookup(tag, creator);

        Assert.NotNull(entry);
        Assert.Equal(("CSAImageHeaderInfo", DicomVR.OB), (entry.Keyword, entry.DefaultVR));
        Assert.True(entry.Matches(tag));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("SOME OTHER CREATOR")]
    [InlineData("GEMS_IDEN_01")]
    public void Lookup_PrivateDataElementWithoutKnownCreator_ReturnsNull(string? creator)
    {
        var tag = new DicomTag(0x0029, 0x1010);

        Assert.Null(DicomDictionary.Lookup(tag, creator));
        Assert.Equal(DicomVR.UN, DicomDictionary.DefaultVR(tag, creator));
    }

    [Fact]
    public void DefaultVR_PrivateDataElementWithCreator_GivesCreatorsVR()
    {
        Assert.Equal(DicomVR.UI, DicomDictionary.DefaultVR(new DicomTag(0x0009, 0x10E3), "GEMS_IDEN_01"));
    }

    [Theory]
    [InlineData(0x0010, 0x0011)]
    [InlineData(0x0008, 0xFFFF)]
    [InlineData(0x0009, 0x0001)]
    [InlineData(0x6001, 0x3000)]
    public void Lookup_UnknownTag_ReturnsNullAndDefaultVRIsUN(int group, int element)
    {
        var tag = new DicomTag((ushort)group, (ushort)element);

        Assert.Null(DicomDictionary.Lookup(tag));
        Assert.Equal(DicomVR.UN, DicomDictionary.DefaultVR(tag));
    }

    [Fact]
    public void Entries_WholePublicDictionary_HasAtLeast5000SortedEntries()
    {
        var entries = DicomDictionary.Entries;

        Assert.True(entries.Count >= 5000, $"expected at least 5000 entries, but received {entries.Count}");
        Assert.Equal(entries.OrderBy(e => e.Tag).ThenByDescending(e => e.Mask), entries);
    }

    [Theory]
    [InlineData("CommandField", 0x0100, "US")]
    [InlineData("MoveDestination", 0x0600, "AE")]
    [InlineData("AttributeIdentifierList", 0x1005, "AT")]
    [InlineData("MoveOriginatorApplicationEntityTitle", 0x1030, "AE")]
    public void TryLookup_CommandElement_GivesGroup0000Entry(string keyword, int element, string vr)
    {
        Assert.True(DicomDictionary.TryLookup(keyword, out var entry));
        Assert.Equal((new DicomTag(0x0000, (ushort)element), vr), (entry.Tag, entry.DefaultVR.Code));
    }
}
