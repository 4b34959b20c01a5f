using System.Text;

using ConformanceHarness.Dicom.CharacterSets;

namespace ConformanceHarness.Dicom.Tests.CharacterSets;

public sealed partial class DicomCharacterSetTests
{
    [Theory]
    [InlineData("chrFren.dcm")]
    [InlineData("chrGerm.dcm")]
    [InlineData("chrRuss.dcm")]
    [InlineData("chrX1.dcm")]
    public async Task Decode_CorpusPatientName_EqualsDcm2Json(string file)
    {
        var path = CorpusPatientName.Require(file);
        var (specificCharacterSet, value) = CorpusPatientName.Scan(await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken));
        var findings = new List<CharacterSetFinding>();

        var decoded = DicomCharacterSet.Parse(specificCharacterSet, findings).Decode(value, DicomVR.PN, findings);

        // The PS3.18 JSON model keeps groups, not the "=" of a trailing empty group: compare as PN.
        Assert.Equal(Encoding.UTF8.GetString(await CorpusPatientName.Dcm2JsonAsync(path)), DicomPersonName.Parse(decoded.TrimEnd(' ')).ToString());
        Assert.Empty(findings);
    }

    [Fact]
    public async Task Decode_CorpusIso2022ItemPatientName_MatchesDcm2JsonBytesAndAnnexH()
    {
        // dcm2json 3.6.7 cannot convert this item's ISO 2022 IR 13 + IR 87 value and prints the stored bytes;
        // so the oracle is: dcm2json saw the same bytes, and they decode to the PS3.5 H.3.2 name.
        var path = CorpusPatientName.Require("chrSQEncoding.dcm");
        var (specificCharacterSet, value) = CorpusPatientName.Scan(await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken));
        var printed = await CorpusPatientName.Dcm2JsonAsync(path);
        var findings = new List<CharacterSetFinding>();

        var decoded = DicomCharacterSet.Parse(specificCharacterSet, findings).Decode(value, DicomVR.PN, findings);

        Assert.Equal(["ISO 2022 IR 13", "ISO 2022 IR 87"], specificCharacterSet);
        Assert.Equal(Convert.ToHexString(printed), Convert.ToHexString(value));
        Assert.Equal("ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう", decoded);
        Assert.Empty(findings);
    }
}
