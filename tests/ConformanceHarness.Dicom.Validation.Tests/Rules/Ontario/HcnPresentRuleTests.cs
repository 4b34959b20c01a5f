using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules.Ontario;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.Ontario;

/// <summary>hcn-present: hospitals are warned when no HCN is sent (ON-DICOM-HCN-1); the row is off for ICHSCs.</summary>
public sealed class HcnPresentRuleTests
{
    private static DicomFile WithoutHcn() => OntarioInstance.Build(d => d.Remove(DicomTags.OtherPatientIDsSequence));

    [Fact]
    public void Check_NoHcnFromAHospital_IsTheOnlyFindingAWarning() =>
        OntarioPack.AssertOnly(WithoutHcn(), HcnPresentRule.Name, "(0010,1002)", DicomFindingSeverity.Warning);

    [Fact]
    public void Check_NoHcnFromAnIchsc_Passes() => Assert.Empty(OntarioPack.Findings(WithoutHcn(), "ichsc"));

    [Fact]
    public void Check_HcnItemOfAnotherIssuer_DoesNotCount()
    {
        var file = OntarioInstance.Build(d => d.Item(DicomTags.OtherPatientIDsSequence).AddOrUpdate(DicomTags.IssuerOfPatientID, "SOME-OTHER-PROVINCE"));

        OntarioPack.AssertOnly(file, HcnPresentRule.Name, "(0010,1002)", DicomFindingSeverity.Warning);
    }

    [Fact]
    public void Create_WithoutHcnIssuers_FailsNamingTheParameter() =>
        Assert.Contains("parameter 'hcnIssuers'", Assert.Throws<InvalidDataException>(() => HcnPresentRule.Create(Parameters.Of("{}"))).Message);
}
