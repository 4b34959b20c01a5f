using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules.Ontario;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.Ontario;

/// <summary>
/// accession-number: present, with a value of at most 16 characters (ON-DICOM-ACC-1). The request item carries the same
/// value, so that request-accession stays quiet; a 17-character SH also breaks vr-value, whose findings are set aside.
/// </summary>
public sealed class AccessionNumberRuleTests
{
    private static DicomFile WithAccession(string value) => OntarioInstance.Build(d =>
    {
        d.SetRaw(DicomTags.AccessionNumber, DicomVR.SH, value);
        d.Item(DicomTags.RequestAttributesSequence).SetRaw(DicomTags.AccessionNumber, DicomVR.SH, value);
    });

    [Fact]
    public void Check_Empty_IsTheOnlyFinding()
    {
        var finding = OntarioPack.AssertOnly(WithAccession(""), AccessionNumberRule.Name, "(0008,0050)", DicomFindingSeverity.Error);

        Assert.Equal("Accession Number is missing or empty", finding.Message);
    }

    [Fact]
    public void Check_SeventeenCharacters_IsTheOnlyFindingQuotingTheValue()
    {
        var finding = OntarioPack.AssertOnlyBesides(WithAccession("SYN-ACC-000000017"), "vr-value", AccessionNumberRule.Name, "(0008,0050)", DicomFindingSeverity.Error);

        Assert.Equal(("SYN-ACC-000000017", "expected at most 16 characters, but received 17"), (finding.Value, finding.Message));
    }

    [Fact]
    public void Check_SixteenCharacters_Passes() => Assert.Empty(OntarioPack.Findings(WithAccession("SYN-ACC-00000016")));
}
