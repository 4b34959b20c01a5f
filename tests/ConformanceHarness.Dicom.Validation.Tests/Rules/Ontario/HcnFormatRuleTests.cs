using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules.Ontario;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.Ontario;

/// <summary>hcn-format: an HCN is exactly 10 digits, without the version code; the finding does not quote it.</summary>
public sealed class HcnFormatRuleTests
{
    [Theory]
    [InlineData("98765432", 8)]
    [InlineData("9876543217AB", 12)]
    public void Check_HcnNotTenDigits_IsTheOnlyFinding(string hcn, int length)
    {
        var file = OntarioInstance.Build(d => d.Item(DicomTags.OtherPatientIDsSequence).AddOrUpdate(DicomTags.PatientID, hcn));

        var finding = OntarioPack.AssertOnly(file, HcnFormatRule.Name, "(0010,1002)[0]/(0010,0020)", DicomFindingSeverity.Error);

        Assert.Equal((null, $"expected an HCN of 10 digits (no version code), but received {length} characters"), (finding.Value, finding.Message));
    }

    [Fact]
    public void Check_HcnAsThePrimaryPatientId_IsCheckedThere()
    {
        var file = OntarioInstance.Build(d =>
        {
            d.Remove(DicomTags.OtherPatientIDsSequence);
            d.AddOrUpdate(DicomTags.PatientID, "12345").AddOrUpdate(DicomTags.IssuerOfPatientID, OntarioInstance.HcnIssuer);
        });

        OntarioPack.AssertOnly(file, HcnFormatRule.Name, "(0010,0020)", DicomFindingSeverity.Error, "ichsc");
    }
}
