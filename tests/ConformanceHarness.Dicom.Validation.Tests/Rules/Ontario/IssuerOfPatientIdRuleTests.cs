using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules.Ontario;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.Ontario;

/// <summary>issuer-of-patient-id: every Patient ID with a value names its issuer, by (0010,0021) or a qualifier's Universal Entity ID.</summary>
public sealed class IssuerOfPatientIdRuleTests
{
    [Fact]
    public void Check_PatientIdWithoutIssuer_IsTheOnlyFinding() =>
        OntarioPack.AssertOnly(OntarioInstance.Build(d => d.Remove(DicomTags.IssuerOfPatientID)),
            IssuerOfPatientIdRule.Name, "(0010,0021)", DicomFindingSeverity.Error);

    [Fact]
    public void Check_IssuerGivenOnlyAsQualifier_Passes()
    {
        var file = OntarioInstance.Build(d =>
        {
            d.Remove(DicomTags.IssuerOfPatientID);
            d.AddOrUpdate(new DicomSequence(DicomTags.IssuerOfPatientIDQualifiersSequence, new DicomDataset()
                .AddOrUpdate(DicomTags.UniversalEntityID, "urn:oid:2.25.3").AddOrUpdate(DicomTags.UniversalEntityIDType, "ISO")));
        });

        Assert.Empty(OntarioPack.Findings(file));
    }

    [Fact]
    public void Check_OtherPatientIdWithoutIssuer_IsAFindingAtTheItem()
    {
        var file = OntarioInstance.Build(d => d.GetSequence(DicomTags.OtherPatientIDsSequence).Items.Add(new DicomDataset()
            .AddOrUpdate(DicomTags.PatientID, "LEGACY-7").AddOrUpdate(DicomTags.TypeOfPatientID, "TEXT")));

        OntarioPack.AssertOnly(file, IssuerOfPatientIdRule.Name, "(0010,1002)[1]/(0010,0021)", DicomFindingSeverity.Error);
    }
}
