using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules.Ontario;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.Ontario;

/// <summary>hcn-check-digit: a 10-digit HCN whose last digit is not its Luhn mod-10 check digit is a warning.</summary>
public sealed class HcnCheckDigitRuleTests
{
    [Fact]
    public void Check_WrongCheckDigit_IsTheOnlyFindingAWarning()
    {
        var file = OntarioInstance.Build(d => d.Item(DicomTags.OtherPatientIDsSequence).AddOrUpdate(DicomTags.PatientID, "9876543210"));

        OntarioPack.AssertOnly(file, HcnCheckDigitRule.Name, "(0010,1002)[0]/(0010,0020)", DicomFindingSeverity.Warning);
    }

    [Theory]
    [InlineData("9876543217", true)]
    [InlineData("1234567897", true)]
    [InlineData("1234567890", false)]
    [InlineData("0000000000", true)]
    [InlineData("1000000000", false)]
    public void HasValidCheckDigit_Luhn_IsAsComputedByHand(string hcn, bool valid) =>
        Assert.Equal(valid, HealthCardNumber.HasValidCheckDigit(hcn));
}
