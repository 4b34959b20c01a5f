using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules;

using static ConformanceHarness.Dicom.Validation.Tests.Rules.Values.ValueRuleFixture;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.Values;

public sealed class GroupLengthRuleTests
{
    private static readonly DicomTag PatientGroupLength = new(0x0010, 0x0000);

    private static DicomElement UL(DicomTag tag, uint value) => new(tag, DicomVR.UL, BitConverter.GetBytes(value));

    /// <summary>Patient group (0010): Patient's Name 14+2 bytes padded, Patient ID 6, Patient's Age 4, each with an 8-byte explicit header.</summary>
    private const uint PatientGroupBytes = (8 + 14) + (8 + 6) + (8 + 4);

    [Theory]
    [InlineData("Explicit VR Little Endian")]
    [InlineData("Implicit VR Little Endian")]
    public void Check_CorrectGroupLengthOutsideTheFileMeta_IsOnlyTheRetiredWarning(string syntaxName)
    {
        var syntax = syntaxName.StartsWith("Implicit", StringComparison.Ordinal) ? TransferSyntax.ImplicitVRLittleEndian : TransferSyntax.ExplicitVRLittleEndian;
        var file = Written(Conformant(), syntax);
        file.Dataset.AddOrUpdate(UL(PatientGroupLength, PatientGroupBytes));

        var findings = Check(ValueRuleSet.GroupLength, file);

        FindingAssert.Single(findings, "group-length", "(0010,0000)", DicomFindingSeverity.Warning, "group length (0010,0000) is retired outside group 0002", "PS3.5 §7.2");
    }

    [Fact]
    public void Check_WrongGroupLength_IsAnErrorBesideTheRetiredWarning()
    {
        var findings = CheckFault(ValueRuleSet.GroupLength, file => file.Dataset.AddOrUpdate(UL(PatientGroupLength, PatientGroupBytes + 2)));

        Assert.Equal([DicomFindingSeverity.Warning, DicomFindingSeverity.Error], findings.Select(f => f.Severity));
        var error = findings[1];
        Assert.Equal(("group-length", "(0010,0000)", $"{PatientGroupBytes + 2}"), (error.Rule, error.TagPath, error.Value));
        Assert.Contains($"group length (0010,0000) is {PatientGroupBytes + 2}, but the rest of group 0010 takes {PatientGroupBytes} bytes in Explicit VR Little Endian", error.Message);
    }

    [Fact]
    public void Check_WrongFileMetaGroupLength_IsOneError()
    {
        var file = ConformantFile();
        var declared = file.FileMetaInformation.GetSingleValue<uint>(new DicomTag(0x0002, 0x0000));
        file.FileMetaInformation.AddOrUpdate(UL(new DicomTag(0x0002, 0x0000), declared + 4));

        var findings = Check(ValueRuleSet.GroupLength, file);

        FindingAssert.Single(findings, "group-length", "(0002,0000)", DicomFindingSeverity.Error, $"is {declared + 4}, but the rest of group 0002 takes {declared} bytes");
    }
}
