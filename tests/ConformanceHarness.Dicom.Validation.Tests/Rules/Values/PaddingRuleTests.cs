using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules;

using static ConformanceHarness.Dicom.Validation.Tests.Rules.Values.ValueRuleFixture;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.Values;

public sealed class PaddingRuleTests
{
    [Fact]
    public void Check_OddLengthValue_IsAnErrorGivingTheLength()
    {
        var findings = CheckFault(ValueRuleSet.Padding, file => file.Dataset.AddOrUpdate(Raw(DicomTags.PatientID, DicomVR.LO, "P-01"[..3])));

        FindingAssert.Single(findings, "padding", "(0010,0020)", DicomFindingSeverity.Error, "Patient ID (0010,0020): LO value length 3 is odd", "PS3.5 §7.1.1");
    }

    [Fact]
    public void Check_UidPaddedWithASpaceInAnItem_IsAnError()
    {
        var findings = CheckFault(ValueRuleSet.Padding, file => ImageItem(file).AddOrUpdate(Raw(DicomTags.ReferencedSOPClassUID, DicomVR.UI, DicomUids.CTImageStorage + " ")));

        var finding = FindingAssert.Single(findings, "padding", "(0040,0275)[0]/(0008,1140)[0]/(0008,1150)", DicomFindingSeverity.Error,
            "UI value is padded with a space (20H); UI pads with NUL (00H)");
        Assert.Equal(DicomUids.CTImageStorage, finding.Value);
    }

    [Fact]
    public void Check_ShortStringPaddedWithNul_IsAnError()
    {
        var findings = CheckFault(ValueRuleSet.Padding, file => file.FileMetaInformation.AddOrUpdate(Raw(DicomTags.ImplementationVersionName, DicomVR.SH, "HARNESS_1\0")));

        FindingAssert.Single(findings, "padding", "(0002,0013)", DicomFindingSeverity.Error, "SH value is padded with NUL (00H); SH pads with a space (20H)");
    }
}
