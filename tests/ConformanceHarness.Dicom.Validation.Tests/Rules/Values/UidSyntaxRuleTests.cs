using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules;

using static ConformanceHarness.Dicom.Validation.Tests.Rules.Values.ValueRuleFixture;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.Values;

public sealed class UidSyntaxRuleTests
{
    [Theory]
    [InlineData("1.2.05.3", "component 3 '05' has a leading zero", "[uid.leading-zero]")]
    [InlineData("1.2..3", "empty component at position 3", "[uid.empty-component]")]
    [InlineData("1.2.3a", "has 'a' (U+0061) at 5", "[vr.invalid-character]")]
    [InlineData("1.2.3456789012345678901234567890123456789012345678901234567890123", "65 bytes; UI allows at most 64", "[vr.too-long]")]
    public void Check_BadUidInAnItem_IsAnErrorAtTheItemPath(string uid, string reason, string code)
    {
        var findings = CheckFault(ValueRuleSet.UidSyntax, file => ImageItem(file).AddOrUpdate(Raw(DicomTags.ReferencedSOPInstanceUID, DicomVR.UI, uid + (uid.Length % 2 == 1 ? "\0" : ""))));

        var finding = FindingAssert.Single(findings, "uid-syntax", "(0040,0275)[0]/(0008,1140)[0]/(0008,1155)", DicomFindingSeverity.Error,
            "Referenced SOP Instance UID (0008,1155) value 1", reason, "PS3.5 §9.1", code);
        Assert.Equal(uid, finding.Value);
    }

    [Fact]
    public void Check_RootArcOtherThanZeroOneOrTwo_IsOnlyAWarning()
    {
        var findings = CheckFault(ValueRuleSet.UidSyntax, file => file.Dataset.AddOrUpdate(Raw(DicomTags.StudyInstanceUID, DicomVR.UI, "9.8.7.6\0")));

        FindingAssert.Single(findings, "uid-syntax", "(0020,000D)", DicomFindingSeverity.Warning, "starts with '9'", "[uid.bad-root]");
    }

    [Fact]
    public void Check_EmptyValueBetweenTwoUids_IsAnEmptyUid()
    {
        var findings = CheckFault(ValueRuleSet.UidSyntax, file => file.Dataset.AddOrUpdate(Raw(DicomTags.RelatedGeneralSOPClassUID, DicomVR.UI, "1.2.3\\\\1.2.4")));

        FindingAssert.Single(findings, "uid-syntax", "(0008,001A)", DicomFindingSeverity.Error, "value 2: UID is empty", "[uid.empty]");
    }
}
