using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules.Ontario;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.Ontario;

/// <summary>request-accession: a request item's Accession Number equals the study's (ON-DICOM-REQ-3).</summary>
public sealed class RequestAccessionRuleTests
{
    [Fact]
    public void Check_RequestItemOfAnotherOrder_IsTheOnlyFinding()
    {
        var file = OntarioInstance.Build(d => d.Item(DicomTags.RequestAttributesSequence).AddOrUpdate(DicomTags.AccessionNumber, "SYN-ACC-0002"));

        var finding = OntarioPack.AssertOnly(file, RequestAccessionRule.Name, "(0040,0275)[0]/(0008,0050)", DicomFindingSeverity.Error);

        Assert.Equal("expected the study's Accession Number 'SYN-ACC-0001', but the request item holds 'SYN-ACC-0002'", finding.Message);
    }

    [Fact]
    public void Check_RequestItemWithoutAccession_Passes() =>
        Assert.Empty(OntarioPack.Findings(OntarioInstance.Build(d => d.Item(DicomTags.RequestAttributesSequence).Remove(DicomTags.AccessionNumber))));
}
