using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules;

using static ConformanceHarness.Dicom.Validation.Tests.Rules.Values.ValueRuleFixture;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.Values;

public sealed class VrValueRuleTests
{
    [Fact]
    public void Check_DateWithDashes_IsOneErrorQuotingTheValueAndTheForm()
    {
        var findings = CheckFault(ValueRuleSet.VrValue, file => file.Dataset.AddOrUpdate(Raw(DicomTags.StudyDate, DicomVR.DA, "2024-5-1")));

        var finding = FindingAssert.Single(findings, "vr-value", "(0008,0020)", DicomFindingSeverity.Error, "Study Date (0008,0020) value 1", "'2024-5-1'", "[vr.invalid-character]");
        Assert.Equal("2024-5-1", finding.Value);
    }

    [Fact]
    public void Check_SecondValueOfADecimalStringInAnItem_NamesTheItemPathAndTheValue()
    {
        var findings = CheckFault(ValueRuleSet.VrValue, file => RequestItem(file).AddOrUpdate(Raw(DicomTags.PixelSpacing, DicomVR.DS, "0.5\\1,5 ")));

        FindingAssert.Single(findings, "vr-value", "(0040,0275)[0]/(0028,0030)", DicomFindingSeverity.Error, "Pixel Spacing (0028,0030) value 2", "'1,5'");
    }

    [Fact]
    public void Check_PersonNameWithSixComponentsTwoItemsDeep_IsABadFormat()
    {
        var findings = CheckFault(ValueRuleSet.VrValue, file => ImageItem(file).AddOrUpdate(Raw(DicomTags.PatientName, DicomVR.PN, "A^B^C^D^E^F ")));

        FindingAssert.Single(findings, "vr-value", "(0040,0275)[0]/(0008,1140)[0]/(0010,0010)", DicomFindingSeverity.Error, "[vr.bad-format]", "at most 3 component groups");
    }

    [Fact]
    public void Check_Latin1ByteWithoutSpecificCharacterSet_IsAByteNotInTheDefaultRepertoire()
    {
        var findings = CheckFault(ValueRuleSet.VrValue, file => file.Dataset.Remove(DicomTags.SpecificCharacterSet));

        FindingAssert.Single(findings, "vr-value", "(0010,0010)", DicomFindingSeverity.Error, "Patient's Name (0010,0010)", "byte C9", "[charset.invalid-byte]");
    }

    [Fact]
    public void Check_CodeStringTooLong_IsTooLong()
    {
        var findings = CheckFault(ValueRuleSet.VrValue, file => file.Dataset.AddOrUpdate(Raw(DicomTags.Modality, DicomVR.CS, "CTCTCTCTCTCTCTCTCT")));

        FindingAssert.Single(findings, "vr-value", "(0008,0060)", DicomFindingSeverity.Error, "18 characters", "at most 16", "[vr.too-long]");
    }

    [Fact]
    public void Check_UnsignedLongOfSixBytes_IsNotAWholeNumberOfValues()
    {
        var findings = CheckFault(ValueRuleSet.VrValue, file => file.Dataset.AddOrUpdate(new DicomElement(DicomTags.SimpleFrameList, DicomVR.UL, new byte[6])));

        FindingAssert.Single(findings, "vr-value", "(0008,1161)", DicomFindingSeverity.Error, "UL value length 6 is not a multiple of 4 bytes");
    }

    [Fact]
    public void Check_BadUidOrWrongPadding_IsLeftToUidSyntaxAndPadding()
    {
        var file = ConformantFile();
        file.Dataset.AddOrUpdate(Raw(DicomTags.SOPInstanceUID, DicomVR.UI, "1.2.05.3 "));
        file.Dataset.AddOrUpdate(Raw(DicomTags.PatientID, DicomVR.LO, "P-001\0"));

        Assert.Empty(Check(ValueRuleSet.VrValue, file));
    }

    [Fact]
    public void Check_NonAsciiByteInACodeString_IsTheCharacterOutsideTheRepertoire()
    {
        var findings = CheckFault(ValueRuleSet.VrValue, file => file.Dataset.AddOrUpdate(Raw(DicomTags.Modality, DicomVR.CS, "C\u00c9")));

        FindingAssert.Single(findings, "vr-value", "(0008,0060)", DicomFindingSeverity.Error, "has 'É' (U+00C9) at 1; CS allows A-Z, 0-9, space and underscore");
    }
}
