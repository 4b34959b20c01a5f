using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules;

using static ConformanceHarness.Dicom.Validation.Tests.Rules.Values.ValueRuleFixture;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.Values;

public sealed class PrivateCreatorRuleTests
{
    private static readonly DicomTag Orphan = new(0x0031, 0x1010);

    [Fact]
    public void Check_PrivateElementWithoutCreator_IsAnErrorNamingTheMissingCreator()
    {
        var findings = CheckFault(ValueRuleSet.PrivateCreator, file => file.Dataset.AddOrUpdate(Raw(Orphan, DicomVR.LO, "orphan")));

        FindingAssert.Single(findings, "private-creator", "(0031,1010)", DicomFindingSeverity.Error, "(0031,1010) has no private creator (0031,0010) reserving block 10");
    }

    [Fact]
    public void Check_CreatorOnlyInTheEnclosingDataSet_DoesNotCoverAnItemsElement()
    {
        var findings = CheckFault(ValueRuleSet.PrivateCreator, file =>
        {
            file.Dataset.AddOrUpdate(Raw(new DicomTag(0x0031, 0x0010), DicomVR.LO, "OUTER CREATOR "));
            RequestItem(file).AddOrUpdate(Raw(Orphan, DicomVR.LO, "orphan"));
        });

        FindingAssert.Single(findings, "private-creator", "(0040,0275)[0]/(0031,1010)", DicomFindingSeverity.Error, "no private creator (0031,0010)");
    }

    [Fact]
    public void Check_EmptyCreator_IsAnError()
    {
        var findings = CheckFault(ValueRuleSet.PrivateCreator, file => ImageItem(file).AddOrUpdate(Raw(new DicomTag(0x0029, 0x0010), DicomVR.LO, "  ")));

        FindingAssert.Single(findings, "private-creator", "(0040,0275)[0]/(0008,1140)[0]/(0029,0010)", DicomFindingSeverity.Error, "private creator (0029,0010) is empty");
    }

    [Fact]
    public void Check_CreatorThatIsNotLO_IsAnError()
    {
        var findings = CheckFault(ValueRuleSet.PrivateCreator, file => file.Dataset.AddOrUpdate(Raw(new DicomTag(0x0029, 0x0010), DicomVR.SH, "HARNESS TEST")));

        FindingAssert.Single(findings, "private-creator", "(0029,0010)", DicomFindingSeverity.Error, "private creator (0029,0010) is SH; a private creator is LO");
    }
}
