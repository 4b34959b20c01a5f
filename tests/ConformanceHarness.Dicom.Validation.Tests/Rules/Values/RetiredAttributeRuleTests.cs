using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules;

using static ConformanceHarness.Dicom.Validation.Tests.Rules.Values.ValueRuleFixture;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.Values;

public sealed class RetiredAttributeRuleTests
{
    [Fact]
    public void Check_RetiredAttribute_IsAWarningNamingIt()
    {
        var findings = CheckFault(ValueRuleSet.RetiredAttribute, file => file.Dataset.AddOrUpdate(Raw(DicomTags.RecognitionCode, DicomVR.SH, "ACR-NEMA 2.0")));

        FindingAssert.Single(findings, "retired-attribute", "(0008,0010)", DicomFindingSeverity.Warning, "Recognition Code (0008,0010) (RecognitionCode) is retired");
    }

    [Fact]
    public void Check_RetiredAttributeInAnItem_NamesTheItemPath()
    {
        var findings = CheckFault(ValueRuleSet.RetiredAttribute, file => RequestItem(file).AddOrUpdate(Raw(DicomTags.NetworkID, DicomVR.AE, "NET1")));

        FindingAssert.Single(findings, "retired-attribute", "(0040,0275)[0]/(0008,1000)", DicomFindingSeverity.Warning, "Network ID");
    }

    [Fact]
    public void Check_GroupLength_IsLeftToTheGroupLengthRule()
    {
        var file = ConformantFile();
        file.Dataset.AddOrUpdate(new DicomElement(new DicomTag(0x0010, 0x0000), DicomVR.UL, new byte[4]));

        Assert.Empty(Check(ValueRuleSet.RetiredAttribute, file));
    }
}
