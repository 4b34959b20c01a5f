using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Oracles;

namespace ConformanceHarness.Dicom.Validation.Tests.Oracles;

/// <summary>dciodvfy's lines, as the Debian dicom3tools build prints them (docs/real-peers.md and the public corpus), become findings.</summary>
public sealed class DciodvfyOutputTests
{
    [Fact]
    public void ParseLine_ValueInvalidForVR_IsAValueFormatErrorWithTagAndValue()
    {
        var finding = DciodvfyOutput.ParseLine(
            "Error - Value invalid for this VR - (0x0008,0x0020) DA Study Date  DA [1] = <2024-05-01> - Character invalid for this VR = '-' (0x2d)", "a.dcm");

        Assert.NotNull(finding);
        Assert.Equal((DicomFindingSeverity.Error, "dciodvfy:value-format", "(0008,0020)", "2024-05-01", "dciodvfy", "a.dcm"),
            (finding.Severity, finding.Rule, finding.TagPath, finding.Value, finding.Source, finding.File));
        Assert.StartsWith("Value invalid for this VR - (0x0008,0x0020) DA Study Date", finding.Message);
    }

    [Theory]
    [InlineData("Error - Illegal root for UID - \"9.8.7.6\" in (0x0008,0x1155) Referenced SOP Instance UID", "dciodvfy:uid", "(0008,1155)", "9.8.7.6")]
    [InlineData("Error - Missing attribute Type 2 Required Element=<ReferringPhysicianName> Module=<GeneralStudy>", "dciodvfy:module", "(0008,0090)", null)]
    [InlineData("Error - Missing attribute Type 1C Conditional Element=<PlanarConfiguration> Module=<ImagePixelDescriptionMacro>", "dciodvfy:module", "(0028,0006)", null)]
    [InlineData("Error - </Laterality(0020,0060)> - Missing attribute for Type 2C Conditional - Module=<GeneralSeries>", "dciodvfy:module", "(0020,0060)", null)]
    [InlineData("Error - </ContentSequence(0040,a730)[5]/ReferencedSOPSequence(0008,1199)[1]/ReferencedFrameNumber(0008,1160)> - Shall not be present for Referenced SOP Class that is not multi-frame", "dciodvfy:module", "(0008,1160)", null)]
    [InlineData("Warning - Retired attribute - (0x0008,0x0000) UL Group Length ", "dciodvfy:retired", "(0008,0000)", null)]
    [InlineData("(0x0008,0x0008) CS Image Type Error - Tag read failed - Implicit VR encoding even though supposed to be explicit", "dciodvfy:dataset-read", "(0008,0008)", null)]
    [InlineData("(0xdded,0x6ecf)  ?  - Warning - Private tag without owner", "dciodvfy:private", "(DDED,6ECF)", null)]
    [InlineData("Error - Dicom dataset contains invalid data values for Value Representations", "dciodvfy:summary", "", null)]
    [InlineData("Error - MediaStorageSOPInstanceUID different from SOPInstanceUID", "dciodvfy:file-meta", "", null)]
    [InlineData("Warning - Missing attribute or value that would be needed to build DICOMDIR - Patient ID", "dciodvfy:other", "", null)]
    public void ParseLine_EachKindOfMessage_IsClassifiedWithItsTag(string line, string rule, string path, string? value)
    {
        var finding = DciodvfyOutput.ParseLine(line, "a.dcm");

        Assert.NotNull(finding);
        Assert.Equal((rule, path, value), (finding.Rule, finding.TagPath, finding.Value));
    }

    [Fact]
    public void Parse_IodNameBlankAndGarbageLines_AreSkippedWithoutThrowing()
    {
        const string Output = "CTImage\r\n\n\u0000\u00ff garbage (0x12\nWarning - Value is zero for value 1 of attribute <KVP>\r\nError -\n";

        var findings = DciodvfyOutput.Parse(Output, "a.dcm");

        var finding = Assert.Single(findings);
        Assert.Equal(("dciodvfy:module", "(0018,0060)", DicomFindingSeverity.Warning), (finding.Rule, finding.TagPath, finding.Severity));
    }

    [Fact]
    public void Parse_LinePrintedTwice_IsOneFinding()
    {
        const string Line = "Error - Value invalid for this VR - (0x0008,0x0030) TM Study Time  TM [1] = <14:04:38> - Character invalid for this VR = ':' (0x3a)";

        var findings = DciodvfyOutput.Parse($"{Line}\n{Line}\r\n", "a.dcm");

        Assert.Equal("14:04:38", Assert.Single(findings).Value);
    }
}
