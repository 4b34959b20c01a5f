using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules.Modules;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.Modules;

/// <summary>sop-class-accepted: a Storage SOP class (ON-DICOM-SOP-1, error) and one of the §4.3 list (ON-DICOM-SOP-2, warning).</summary>
public sealed class SopClassAcceptedRuleTests
{
    private const string RtDoseStorage = "1.2.840.10008.5.1.4.1.1.481.2";

    [Fact]
    public void Check_StorageClassOutsideTheAcceptedList_IsTheOnlyFindingAWarning()
    {
        var file = OntarioInstance.Build(d => d.AddOrUpdate(DicomTags.SOPClassUID, RtDoseStorage));

        var finding = OntarioPack.AssertOnly(file, SopClassAcceptedRule.Name, "(0008,0016)", DicomFindingSeverity.Warning);

        Assert.Equal(("ON-DICOM-SOP-2", RtDoseStorage), (finding.Requirement?.Id, finding.Value));
    }

    [Fact]
    public void Check_NotAStorageClass_IsAnErrorByItself()
    {
        var file = OntarioInstance.Build(d => d.AddOrUpdate(DicomTags.SOPClassUID, DicomUids.Verification));

        var finding = Assert.Single(SopClassAcceptedRule.Create(Parameters.Of("{}")).Check(Parameters.Context(file)));

        Assert.Equal(("(0008,0016)", DicomFindingSeverity.Error), (finding.TagPath, finding.Severity));
        Assert.Equal("SOP class Verification SOP Class is not a Storage SOP class", finding.Message);
    }

    [Fact]
    public void Check_NotAStorageClassInThePack_IsAnErrorForSop1AndAWarningForSop2()
    {
        var file = OntarioInstance.Build(d => d.AddOrUpdate(DicomTags.SOPClassUID, DicomUids.Verification));

        var findings = OntarioPack.Findings(file);

        Assert.Equal([("ON-DICOM-SOP-1", DicomFindingSeverity.Error), ("ON-DICOM-SOP-2", DicomFindingSeverity.Warning)],
            findings.Select(f => (f.Requirement!.Id, f.Severity)));
        Assert.All(findings, f => Assert.Equal((SopClassAcceptedRule.Name, "(0008,0016)"), (f.Rule, f.TagPath)));
    }
}
