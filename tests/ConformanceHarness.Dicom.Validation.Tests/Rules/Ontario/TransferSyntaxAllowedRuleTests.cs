using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Validation.Engine;
using ConformanceHarness.Dicom.Validation.Rules.Ontario;

namespace ConformanceHarness.Dicom.Validation.Tests.Rules.Ontario;

/// <summary>transfer-syntax-allowed: the file meta's transfer syntax (else the one read in) is one the archive accepts.</summary>
public sealed class TransferSyntaxAllowedRuleTests
{
    [Fact]
    public void Check_ExplicitBigEndian_IsTheOnlyFinding()
    {
        var file = OntarioInstance.Build();
        file.FileMetaInformation.AddOrUpdate(DicomVR.UI, DicomFileMetaInformation.TransferSyntaxUid, DicomUids.ExplicitVRBigEndian);

        var finding = OntarioPack.AssertOnly(file, TransferSyntaxAllowedRule.Name, "(0002,0010)", DicomFindingSeverity.Error);

        Assert.Equal(DicomUids.ExplicitVRBigEndian, finding.Value);
    }

    [Fact]
    public void Check_WithoutFileMeta_UsesTheSyntaxReadIn()
    {
        var file = new DicomFile(OntarioInstance.Build().Dataset) { TransferSyntax = TransferSyntax.ExplicitVRBigEndian };
        var rule = TransferSyntaxAllowedRule.Create(Parameters.Of("""{"allowed": ["1.2.840.10008.1.2.1"]}"""));

        var finding = Assert.Single(rule.Check(Parameters.Context(file)));

        Assert.Equal("transfer syntax 1.2.840.10008.1.2.2 (Explicit VR Big Endian) is not one of the 1 the archive accepts", finding.Message);
    }

    [Fact]
    public void Create_WithoutAllowed_FailsNamingTheParameter() =>
        Assert.Contains("parameter 'allowed'", Assert.Throws<InvalidDataException>(() => TransferSyntaxAllowedRule.Create(Parameters.Of("{}"))).Message);
}
