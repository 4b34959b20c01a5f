using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules.Ontario;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.Ontario;

/// <summary>
/// specific-character-set: non-ASCII text needs a Specific Character Set in force, the data set's or an enclosing one's.
/// Such bytes also fail to decode in the default repertoire, which vr-value reports too.
/// </summary>
public sealed class SpecificCharacterSetRuleTests
{
    private const string AccentedName = "Tremblay^Hélène";

    [Fact]
    public void Check_Latin1NameWithoutCharacterSet_IsTheOnlyFindingWithoutTheValue()
    {
        var file = OntarioInstance.Build(d => d.SetRaw(DicomTags.PatientName, DicomVR.PN, AccentedName));

        var finding = OntarioPack.AssertOnlyBesides(file, "vr-value", SpecificCharacterSetRule.Name, "(0010,0010)", DicomFindingSeverity.Error);

        Assert.Null(finding.Value);
    }

    [Fact]
    public void Check_NonAsciiInASequenceItem_IsFoundAtTheItem()
    {
        var file = OntarioInstance.Build(d => d.Item(DicomTags.RequestAttributesSequence).SetRaw(DicomTags.RequestedProcedureDescription, DicomVR.LO, "Tomodensitométrie"));

        OntarioPack.AssertOnlyBesides(file, "vr-value", SpecificCharacterSetRule.Name, "(0040,0275)[0]/(0032,1060)", DicomFindingSeverity.Error);
    }

    [Fact]
    public void Check_CharacterSetInheritedByItems_Passes()
    {
        var file = OntarioInstance.Build(d =>
        {
            d.AddOrUpdate(DicomTags.SpecificCharacterSet, "ISO_IR 100").SetRaw(DicomTags.PatientName, DicomVR.PN, AccentedName);
            d.Item(DicomTags.RequestAttributesSequence).SetRaw(DicomTags.RequestedProcedureDescription, DicomVR.LO, "Tomodensitométrie");
        });

        Assert.Empty(OntarioPack.Findings(file));
    }
}
