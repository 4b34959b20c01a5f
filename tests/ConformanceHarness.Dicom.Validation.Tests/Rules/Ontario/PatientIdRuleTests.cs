using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules.Ontario;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.Ontario;

/// <summary>patient-id: the hospital row wants the MRN (ON-DICOM-PID-1); the ICHSC row takes an HCN instead (ON-DICOM-PID-2).</summary>
public sealed class PatientIdRuleTests
{
    [Theory]
    [InlineData("hospital", "ON-DICOM-PID-1", "Patient ID is missing or empty")]
    [InlineData("ichsc", "ON-DICOM-PID-2", "neither a Patient ID nor an HCN in Other Patient IDs Sequence is given")]
    public void Check_EmptyPatientIdAndNoHcn_IsTheOnlyFinding(string profile, string requirement, string message)
    {
        var file = OntarioInstance.Build(d =>
        {
            d.AddOrUpdate(DicomTags.PatientID, []);
            d.Remove(DicomTags.OtherPatientIDsSequence);
        });

        var finding = profile == "hospital" ? Single(Findings(file, profile), PatientIdRule.Name)
            : OntarioPack.AssertOnly(file, PatientIdRule.Name, "(0010,0020)", DicomFindingSeverity.Error, profile);

        Assert.Equal((requirement, message), (finding.Requirement?.Id, finding.Message));
    }

    [Theory]
    [InlineData("hospital", 1)]
    [InlineData("ichsc", 0)]
    public void Check_EmptyPatientIdWithAnHcn_FailsOnlyForHospitals(string profile, int expected)
    {
        var file = OntarioInstance.Build(d => d.AddOrUpdate(DicomTags.PatientID, []));

        var findings = OntarioPack.Findings(file, profile);

        Assert.Equal(expected, findings.Count);
        Assert.All(findings, f => Assert.Equal((PatientIdRule.Name, "(0010,0020)"), (f.Rule, f.TagPath)));
    }

    [Fact]
    public void Check_Placeholder_IsTheOnlyFindingQuotingIt()
    {
        var file = OntarioInstance.Build(d => d.AddOrUpdate(DicomTags.PatientID, "Unknown"));

        var finding = OntarioPack.AssertOnly(file, PatientIdRule.Name, "(0010,0020)", DicomFindingSeverity.Error);

        Assert.Equal("Unknown", finding.Value);
    }

    private static IReadOnlyList<DicomFinding> Findings(DicomFile file, string profile) => OntarioPack.Findings(file, profile);

    /// <summary>Without the HCN item, hospitals also get the hcn-present warning; the patient-id finding is the only error.</summary>
    private static DicomFinding Single(IReadOnlyList<DicomFinding> findings, string rule)
    {
        Assert.Equal([(HcnPresentRule.Name, DicomFindingSeverity.Warning), (rule, DicomFindingSeverity.Error)], findings.Select(f => (f.Rule, f.Severity)).Order());
        return findings.First(f => f.Rule == rule);
    }
}
