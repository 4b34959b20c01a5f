using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules;

using static ConformanceHarness.Dicom.Validation.Tests.Rules.Values.ValueRuleFixture;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.Values;

public sealed class UidRootRuleTests
{
    private const string FacilityRoots = """{"allowedRoots": ["2.25", "1.2.826.0.1.3680043.10.1234."]}""";

    [Fact]
    public void Check_SopInstanceUidOutsideTheAllowedRoots_IsAnErrorListingThem()
    {
        var findings = CheckFault(ValueRuleSet.UidRoot, file => file.Dataset.AddOrUpdate(DicomTags.SOPInstanceUID, "1.2.826.0.1.3680043.10.12345.1"), FacilityRoots);

        var finding = FindingAssert.Single(findings, "uid-root", "(0008,0018)", DicomFindingSeverity.Error,
            "SOP Instance UID (0008,0018) '1.2.826.0.1.3680043.10.12345.1' is not under an allowed root (2.25, 1.2.826.0.1.3680043.10.1234)");
        Assert.Equal("1.2.826.0.1.3680043.10.12345.1", finding.Value);
    }

    [Fact]
    public void Check_UidUnderTheFacilityRoot_IsAccepted()
    {
        var file = ConformantFile();
        file.Dataset.AddOrUpdate(DicomTags.StudyInstanceUID, "1.2.826.0.1.3680043.10.1234.7.1");

        Assert.Empty(Check(ValueRuleSet.UidRoot, file, FacilityRoots));
    }

    [Fact]
    public void Check_TagsParameter_ChoosesTheUidsJudgedAndItemsAreNotLookedAt()
    {
        var file = ConformantFile();
        file.Dataset.AddOrUpdate(DicomTags.SOPInstanceUID, "1.3.6.1.4.1.5962.1");
        ImageItem(file).AddOrUpdate(DicomTags.ReferencedSOPInstanceUID, "1.3.6.1.4.1.5962.2");

        var findings = Check(ValueRuleSet.UidRoot, file, """{"allowedRoots": ["1.3.6.1.4.1.5962.1"], "tags": ["(0020,000D)"]}""");

        FindingAssert.Single(findings, "uid-root", "(0020,000D)", DicomFindingSeverity.Error, "Study Instance UID (0020,000D) '2.25.");
    }
}
