using ConformanceHarness.Dicom.Values;

namespace ConformanceHarness.Dicom.Tests.Values;

public sealed class DicomValueValidatorTests
{
    public static TheoryData<string, string> ValidValues => new()
    {
        { "AE", "STORESCP" }, { "AE", " MY AE " }, { "AS", "018M" }, { "CS", "ORIGINAL_1 " }, { "DA", "20240131" },
        { "DA", "20240131 " }, { "DS", "-1.5e-3" }, { "DS", " 12 " }, { "DS", "1234567890123456" }, { "DT", "2024" },
        { "DT", "20240131235959.123456+0100" }, { "IS", " -12 " }, { "IS", "-2147483648" }, { "LO", "Any text é\u001b$B" },
        { "LT", " line one\r\n\tline two\\ " }, { "PN", "Yamada^Tarou=山田^太郎=やまだ^たろう" }, { "PN", "A^B^C^D^E" },
        { "SH", "ABCDEFGHIJKLMNOP" }, { "ST", "form\ffeed" }, { "TM", "1015" }, { "TM", "235960" }, { "TM", "070907.0705 " },
        { "UC", "unlimited but no backslash" }, { "UI", "1.2.840.10008.1.2.1\0" }, { "UR", "http://example.com/a?b=c%20d " },
        { "UT", "\u001b(B text" }, { "AE", "" }, { "DA", "" }, { "UI", "" }, { "CS", "  " },
    };

    public static TheoryData<string, string, string[]> InvalidValues => new()
    {
        { "AE", "ABCDEFGHIJKLMNOPQ", ["vr.too-long"] },
        { "AE", "AE\\X", ["vr.invalid-character"] },
        { "AE", "TAB\tAE", ["vr.invalid-character"] },
        { "AE", "    ", ["vr.bad-format"] },
        { "AS", "18M", ["vr.bad-format"] },
        { "AS", "018m", ["vr.invalid-character"] },
        { "AS", " 18M", ["vr.bad-padding", "vr.bad-format"] },
        { "CS", "lower", ["vr.invalid-character"] },
        { "CS", "A-B", ["vr.invalid-character"] },
        { "CS", "ABCDEFGHIJKLMNOPQ", ["vr.too-long"] },
        { "DA", "2024-01-31", ["vr.invalid-character", "vr.too-long"] },
        { "DA", "2024013", ["vr.bad-format"] },
        { "DA", "20241331", ["vr.out-of-range"] },
        { "DA", " 20240131", ["vr.bad-padding"] },
        { "DA", "2024.01.31", ["vr.retired-format"] },
        { "DA", "202401311", ["vr.bad-format", "vr.too-long"] },
        { "DS", "1,5", ["vr.invalid-character"] },
        { "DS", "1.5.3", ["vr.bad-format"] },
        { "DS", "1 5", ["vr.bad-format"] },
        { "DS", "12345678901234567", ["vr.too-long"] },
        { "DS", "1e999", ["vr.out-of-range"] },
        { "DT", "2024013", ["vr.bad-format"] },
        { "DT", "20240231", ["vr.out-of-range"] },
        { "DT", "2024+1500", ["vr.out-of-range"] },
        { "DT", "20240131-0000", ["vr.bad-format"] },
        { "DT", "20240131235959.123456+01000", ["vr.bad-format", "vr.too-long"] },
        { "IS", "1.0", ["vr.invalid-character"] },
        { "IS", "2147483648", ["vr.out-of-range"] },
        { "IS", "+", ["vr.bad-format"] },
        { "IS", "1234567890123", ["vr.out-of-range", "vr.too-long"] },
        { "LO", "back\\slash", ["vr.invalid-character"] },
        { "LO", "line\nfeed", ["vr.invalid-character"] },
        { "LO", new string('x', 65), ["vr.too-long"] },
        { "LT", "bell\a", ["vr.invalid-character"] },
        { "LT", new string('x', 10241), ["vr.too-long"] },
        { "PN", "A^B^C^D^E^F", ["vr.bad-format"] },
        { "PN", "A=B=C=D", ["vr.bad-format"] },
        { "PN", new string('x', 65) + "=Y", ["vr.too-long"] },
        { "SH", "ABCDEFGHIJKLMNOPQ", ["vr.too-long"] },
        { "SH", "tab\there", ["vr.invalid-character"] },
        { "ST", new string('x', 1025), ["vr.too-long"] },
        { "TM", "2400", ["vr.out-of-range"] },
        { "TM", "10:15:30", ["vr.retired-format"] },
        { "TM", "101", ["vr.bad-format"] },
        { "TM", " 1015", ["vr.bad-padding"] },
        { "TM", "101530.1234567", ["vr.bad-format"] },
        { "TM", "101530.12345678", ["vr.bad-format", "vr.too-long"] },
        { "UC", "a\\b", ["vr.invalid-character"] },
        { "UI", "1.2.840 ", ["vr.bad-padding"] },
        { "UI", "1.02", ["uid.leading-zero"] },
        { "UI", "1..2", ["uid.empty-component"] },
        { "UI", "1.2." + new string('1', 61), ["vr.too-long"] },
        { "UI", "1.2.x", ["vr.invalid-character"] },
        { "UR", " http://x", ["vr.bad-padding"] },
        { "UR", "http://x/a b", ["vr.invalid-character"] },
        { "UT", "nul\0", ["vr.invalid-character"] },
    };

    [Theory]
    [MemberData(nameof(ValidValues))]
    public void Validate_ValidValue_HasNoViolations(string vr, string value) =>
        Assert.Empty(DicomValueValidator.Validate(DicomVR.Parse(vr), value));

    [Theory]
    [MemberData(nameof(InvalidValues))]
    public void Validate_InvalidValue_ReportsExactCodes(string vr, string value, string[] codes) =>
        Assert.Equal(codes, DicomValueValidator.Validate(DicomVR.Parse(vr), value).Select(v => v.Code));

    [Fact]
    public void Validate_TooLong_MessageQuotesLengthAndLimit()
    {
        var violation = Assert.Single(DicomValueValidator.Validate(DicomVR.SH, "ABCDEFGHIJKLMNOPQ"));
        Assert.Equal("SH value 'ABCDEFGHIJKLMNOPQ' is 17 characters; SH allows at most 16", violation.Message);
    }

    [Theory]
    [InlineData("OB")]
    [InlineData("US")]
    [InlineData("SQ")]
    public void Validate_NonTextVR_Throws(string vr) =>
        Assert.Throws<ArgumentException>(() => DicomValueValidator.Validate(DicomVR.Parse(vr), "1"));

    [Fact]
    public void Validate_EveryStringVR_HasARule() =>
        Assert.All(DicomVR.All.Where(vr => vr.IsString), vr => Assert.Empty(DicomValueValidator.Validate(vr, "")));

    [Theory]
    [InlineData("LO", 1, "1")]
    [InlineData("DS", 3, "1-3")]
    [InlineData("DS", 4, "2-2n")]
    [InlineData("FD", 6, "3n")]
    [InlineData("CS", 100, "1-n")]
    [InlineData("LO", 0, "1")]
    [InlineData("LT", 1, "1")]
    public void ValidateMultiplicity_Satisfied_HasNoViolations(string vr, int count, string vm) =>
        Assert.Empty(DicomValueValidator.ValidateMultiplicity(DicomVR.Parse(vr), count, vm));

    [Theory]
    [InlineData("LO", 2, "1")]
    [InlineData("DS", 4, "1-3")]
    [InlineData("DS", 3, "2-2n")]
    [InlineData("DS", 1, "2-2n")]
    [InlineData("FD", 7, "3n")]
    [InlineData("LT", 2, "1-n")]
    public void ValidateMultiplicity_Unsatisfied_ReportsBadMultiplicity(string vr, int count, string vm) =>
        Assert.Equal(["vr.bad-multiplicity"], DicomValueValidator.ValidateMultiplicity(DicomVR.Parse(vr), count, vm).Select(v => v.Code));

    [Fact]
    public void ValidateMultiplicity_MalformedVm_Throws() =>
        Assert.Throws<ArgumentException>(() => DicomValueValidator.ValidateMultiplicity(DicomVR.LO, 1, "one"));
}
