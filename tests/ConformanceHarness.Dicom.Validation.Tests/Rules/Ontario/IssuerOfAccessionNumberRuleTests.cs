using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules.Ontario;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.Ontario;

/// <summary>issuer-of-accession-number: an Accession Number travels with an issuer item (ON-DICOM-ACC-2, a warning until Ontario tightens it).</summary>
public sealed class IssuerOfAccessionNumberRuleTests
{
    [Fact]
    public void Check_NoIssuerSequence_IsTheOnlyFindingAWarning() =>
        OntarioPack.AssertOnly(OntarioInstance.Build(d => d.Remove(DicomTags.IssuerOfAccessionNumberSequence)),
            IssuerOfAccessionNumberRule.Name, "(0008,0051)", DicomFindingSeverity.Warning);

    [Fact]
    public void Check_IssuerByUniversalEntityId_Passes()
    {
        var file = OntarioInstance.Build(d => d.AddOrUpdate(new DicomSequence(DicomTags.IssuerOfAccessionNumberSequence, new DicomDataset()
            .AddOrUpdate(DicomTags.UniversalEntityID, "urn:oid:2.25.4").AddOrUpdate(DicomTags.UniversalEntityIDType, "ISO"))));

        Assert.Empty(OntarioPack.Findings(file));
    }

    [Fact]
    public void Check_EmptyAccession_IsLeftToAccessionNumber()
    {
        var file = OntarioInstance.Build(d => d.AddOrUpdate(DicomTags.AccessionNumber, []).Remove(DicomTags.IssuerOfAccessionNumberSequence));

        Assert.Empty(IssuerOfAccessionNumberRule.Instance.Check(Parameters.Context(file)));
    }
}
