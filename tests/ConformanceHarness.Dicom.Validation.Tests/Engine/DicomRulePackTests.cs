using ConformanceHarness.Dicom.Validation.Engine;

namespace ConformanceHarness.Dicom.Validation.Tests.Engine;

/// <summary>A pack is data: loading checks every row and names what is wrong where; profiles change levels.</summary>
public sealed class DicomRulePackTests
{
    private const string Readable = """
        {"pack": "test-dicom", "profiles": ["hospital", "ichsc"], "rules": [
          {"requirement": "T-READ-1", "rule": "file-readable", "level": "error", "profiles": {"ichsc": {"level": "warning"}}}]}
        """;

    private static string ErrorOf(string rules)
    {
        using var pack = new TestPackFolder(rules);
        return Assert.Throws<InvalidDataException>(() => DicomRulePack.Load(pack.Folder)).Message;
    }

    [Fact]
    public void Load_ReadablePack_HasTheRowWithItsRequirementAndProfileLevels()
    {
        using var folder = new TestPackFolder(Readable);

        var pack = DicomRulePack.Load(folder.Folder);

        var row = Assert.Single(pack.Rows);
        Assert.Equal(("test-dicom", "hospital", "T-READ-1", "file-readable"), (pack.Name, pack.DefaultProfile, row.Requirement.Id, row.Rule.Name));
        Assert.Equal((DicomFindingSeverity.Error, DicomFindingSeverity.Warning), (row.LevelFor("hospital"), row.LevelFor("ichsc")));
    }

    [Theory]
    [InlineData("""{"pack": "p", "profiles": ["h"], "rules": [{"requirement": "T-NOPE", "rule": "file-readable"}]}""",
        "rules.json: rules[0]: requirement 'T-NOPE' is not in requirements.json")]
    [InlineData("""{"pack": "p", "profiles": ["h"], "rules": [{"requirement": "T-READ-1", "rule": "no-such-rule"}]}""",
        "rules.json: rules[0] (T-READ-1): unknown rule 'no-such-rule' (known: ")]
    [InlineData("""{"pack": "p", "profiles": ["h"], "rules": [{"requirement": "T-READ-1", "rule": "file-readable", "level": "fatal"}]}""",
        "rules.json: rules[0] (T-READ-1, rule file-readable): level 'fatal' is not error, warning, info or off")]
    [InlineData("""{"pack": "p", "profiles": ["h"], "rules": [{"requirement": "T-READ-1", "rule": "file-readable", "profiles": {"x": {"level": "off"}}}]}""",
        "rules.json: rules[0] (T-READ-1, rule file-readable): profile 'x' is not one of h")]
    [InlineData("""{"pack": "p", "profiles": [], "rules": []}""", "rules.json: 'profiles' must list the contributor profiles by name")]
    public void Load_BrokenPack_NamesTheRowAndTheField(string rules, string message) =>
        Assert.Contains(message, ErrorOf(rules));

    [Fact]
    public void Engine_UnknownProfile_IsRefusedNamingTheKnownOnes()
    {
        using var folder = new TestPackFolder(Readable);

        var error = Assert.Throws<ArgumentException>(() => new DicomConformanceEngine(DicomRulePack.Load(folder.Folder), "clinic"));

        Assert.StartsWith("profile 'clinic' is not one of hospital, ichsc (pack test-dicom)", error.Message);
    }

    [Theory]
    [InlineData("hospital", DicomFindingSeverity.Error)]
    [InlineData("ichsc", DicomFindingSeverity.Warning)]
    public void Validate_TruncatedFile_IsAFindingAtItsOffsetAndTheRunGoesOn(string profile, DicomFindingSeverity severity)
    {
        using var folder = new TestPackFolder(Readable);
        var truncated = new byte[132 + 12];
        "DICM"u8.CopyTo(truncated.AsSpan(128));
        new byte[] { 0x02, 0x00, 0x10, 0x00, (byte)'U', (byte)'I', 0x40, 0x00 }.CopyTo(truncated.AsSpan(132));
        var bad = folder.Write("truncated.dcm", truncated);
        var text = folder.Write("notes.dcm", "not DICOM at all"u8.ToArray());

        var result = new DicomConformanceEngine(DicomRulePack.Load(folder.Folder), profile).Validate([bad, text]);

        Assert.Equal([bad, text], result.Files.Select(f => f.File));
        var finding = Assert.Single(result.Files[0].Findings);
        Assert.Equal((severity, "file-readable", "T-READ-1"), (finding.Severity, finding.Rule, finding.Requirement?.Id));
        Assert.StartsWith("file cannot be parsed at offset ", finding.Message);
        Assert.Single(result.Files[1].Findings, f => f.Rule == "file-readable");
    }
}
