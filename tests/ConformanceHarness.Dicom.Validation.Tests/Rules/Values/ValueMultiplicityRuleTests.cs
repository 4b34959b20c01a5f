using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules;

using static ConformanceHarness.Dicom.Validation.Tests.Rules.Values.ValueRuleFixture;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.Values;

public sealed class ValueMultiplicityRuleTests
{
    [Fact]
    public void Check_PixelSpacingWithThreeValues_IsAnErrorGivingTheDictionaryVM()
    {
        var findings = CheckFault(ValueRuleSet.ValueMultiplicity, file => file.Dataset.AddOrUpdate(Raw(DicomTags.PixelSpacing, DicomVR.DS, "0.5\\0.5\\1 ")));

        var finding = FindingAssert.Single(findings, "value-multiplicity", "(0028,0030)", DicomFindingSeverity.Error,
            "Pixel Spacing (0028,0030) holds 3 value(s); the dictionary gives VM 2");
        Assert.Equal("0.5\\0.5\\1", finding.Value);
    }

    [Fact]
    public void Check_TwoRequestedProcedureIdsInAnItem_NamesTheItemPath()
    {
        var findings = CheckFault(ValueRuleSet.ValueMultiplicity, file => RequestItem(file).AddOrUpdate(Raw(DicomTags.RequestedProcedureID, DicomVR.SH, "RP-1\\RP-2 ")));

        FindingAssert.Single(findings, "value-multiplicity", "(0040,0275)[0]/(0040,1001)", DicomFindingSeverity.Error, "holds 2 value(s)", "VM 1");
    }

    [Fact]
    public void Check_RowsWithTwoBinaryValues_CountsUnitsOfTheVR()
    {
        var findings = CheckFault(ValueRuleSet.ValueMultiplicity, file => file.Dataset.AddOrUpdate(new DicomElement(DicomTags.Rows, DicomVR.US, new byte[] { 4, 0, 4, 0 })));

        FindingAssert.Single(findings, "value-multiplicity", "(0028,0010)", DicomFindingSeverity.Error, "Rows (0028,0010) holds 2 value(s)");
    }

    [Fact]
    public void Check_EmptyValueOrEvenMultipleOfAStrideVM_IsAccepted()
    {
        var file = ConformantFile();
        file.Dataset.AddOrUpdate(Raw(DicomTags.PixelSpacing, DicomVR.DS, "  "));
        file.Dataset.AddOrUpdate(Raw(DicomTags.ImageOrientationPatient, DicomVR.DS, "1\\0\\0\\0\\1\\0 "));

        Assert.Empty(Check(ValueRuleSet.ValueMultiplicity, file));
    }

    [Fact]
    public void Check_Gb18030NameWhoseSecondByteIs5C_IsOneValue()
    {
        var findings = CheckFault(ValueRuleSet.ValueMultiplicity, file =>
        {
            file.Dataset.AddOrUpdate(Raw(DicomTags.SpecificCharacterSet, DicomVR.CS, "GB18030 "));
            file.Dataset.AddOrUpdate(new DicomElement(DicomTags.PatientName, DicomVR.PN, [0x81, 0x5C, (byte)'^', (byte)'A']));
        });

        Assert.Empty(findings);
    }
}
