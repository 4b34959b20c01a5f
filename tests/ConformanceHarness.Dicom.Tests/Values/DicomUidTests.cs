using System.Collections.Concurrent;
using ConformanceHarness.Dicom.Values;

namespace ConformanceHarness.Dicom.Tests.Values;

public sealed class DicomUidTests
{
    [Theory]
    [InlineData("1.2.840.10008.1.2.1")]
    [InlineData("0")]
    [InlineData("2.25.0")]
    [InlineData("1.2.840.10008.5.1.4.1.1.2")]
    [InlineData("2.25.329800735698586629295641978511506172918")]
    public void Validate_ValidUid_HasNoViolations(string uid) => Assert.Empty(DicomUid.Validate(uid));

    [Theory]
    [InlineData("", "uid.empty")]
    [InlineData("1.2..3", "uid.empty-component")]
    [InlineData(".1.2", "uid.empty-component")]
    [InlineData("1.2.", "uid.empty-component")]
    [InlineData("1.02.3", "uid.leading-zero")]
    [InlineData("1.2.00", "uid.leading-zero")]
    [InlineData("3.2.1", "uid.bad-root")]
    [InlineData("1.2.a", "vr.invalid-character")]
    [InlineData("1.2 ", "vr.invalid-character")]
    [InlineData("1.2-3", "vr.invalid-character")]
    public void Validate_InvalidUid_ReportsCode(string uid, string code)
    {
        Assert.Equal([code], DicomUid.Validate(uid).Select(v => v.Code));
        Assert.False(DicomUid.IsValid(uid));
    }

    [Fact]
    public void Validate_SixtyFiveBytes_ReportsTooLong()
    {
        var uid = "1.2." + new string('1', 61);
        Assert.Equal(["vr.too-long"], DicomUid.Validate(uid).Select(v => v.Code));
        Assert.True(DicomUid.IsValid(uid[..^1]));
    }

    [Fact]
    public void Generate_Default_IsUuidDerivedUnderTwoTwentyFive()
    {
        var uid = DicomUid.Generate();
        Assert.StartsWith("2.25.", uid);
        Assert.InRange(uid.Length, 6, 44);
        Assert.True(DicomUid.IsValid(uid));
    }

    [Fact]
    public void Generate_HundredThousandInParallel_AllUniqueAndValid()
    {
        var uids = new ConcurrentBag<string>();
        Parallel.For(0, 100_000, i => uids.Add(i % 2 == 0 ? DicomUid.Generate() : DicomUid.Generate("1.2.826.0.1.3680043.10.1")));
        Assert.Equal(100_000, uids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(uids, uid => Assert.True(DicomUid.IsValid(uid), uid));
    }

    [Fact]
    public void Generate_OrgRoot_FillsUpToSixtyFourBytes()
    {
        var root = "1.2.826.0.1.3680043.10.1.99999999999999999999999999";
        var uid = DicomUid.Generate(root);
        Assert.StartsWith(root + ".", uid);
        Assert.InRange(uid.Length, root.Length + 2, 64);
        Assert.True(DicomUid.IsValid(uid));
    }

    [Theory]
    [InlineData("1.2..3")]
    [InlineData("1.2.")]
    [InlineData("9.1")]
    [InlineData("")]
    public void Generate_InvalidRoot_ThrowsArgumentException(string root) =>
        Assert.Throws<ArgumentException>(() => DicomUid.Generate(root));

    [Fact]
    public void Generate_RootLeavingTooFewDigits_ThrowsArgumentException()
    {
        var root = "1.2." + new string('3', 48);
        var error = Assert.Throws<ArgumentException>(() => DicomUid.Generate(root));
        Assert.Contains("52 bytes", error.Message);
        Assert.True(DicomUid.IsValid(DicomUid.Generate(root[..^1])));
    }
}
