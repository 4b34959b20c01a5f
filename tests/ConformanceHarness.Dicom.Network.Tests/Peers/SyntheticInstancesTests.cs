using ConformanceHarness.Dicom.IO;
using ConformanceHarness.TestSupport;
using ConformanceHarness.TestSupport.Peers;
using ConformanceHarness.TestSupport.Synthetic;

namespace ConformanceHarness.Dicom.Network.Tests.Peers;

public sealed class SyntheticInstancesTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("hx-synthetic-");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string> Syntaxes => [.. TransferSyntax.Known.Where(s => s.IsUncompressed).Select(s => s.Uid)];

    [Theory]
    [MemberData(nameof(Syntaxes))]
    public void CtImage_WrittenInAnUncompressedSyntax_ReadsBackWithTheSameValues(string syntax)
    {
        var spec = new CtImageSpec { InstanceNumber = 7, PixelDataBytes = 64 * 64 * 2, TransferSyntax = TransferSyntax.Lookup(syntax) };
        var path = Path.Combine(_folder.FullName, "ct.dcm");

        SyntheticInstances.CtImage(spec).Save(path);
        var read = DicomFile.Open(path);

        Assert.Equal(syntax, read.TransferSyntax.Uid);
        Assert.Equal(DicomUids.CTImageStorage, read.Dataset.GetString(DicomTags.SOPClassUID));
        Assert.Equal(spec.SopInstanceUid, read.Dataset.GetString(DicomTags.SOPInstanceUID));
        Assert.Equal(spec.StudyInstanceUid, read.Dataset.GetString(DicomTags.StudyInstanceUID));
        Assert.Equal("7", read.Dataset.GetString(DicomTags.InstanceNumber));
        Assert.Equal(64, read.Dataset.GetSingleValue<ushort>(DicomTags.Rows));
        Assert.Equal(SyntheticInstances.CtImage(spec).Dataset.GetElement(DicomTags.PixelData).Bytes.ToArray(),
            read.Dataset.GetElement(DicomTags.PixelData).InByteOrder(false).Bytes.ToArray());
    }

    [Fact]
    public void CtImage_DefaultSize_IsHalfAMebibyteOf512By512Pixels()
    {
        var dataset = SyntheticInstances.CtImage(new CtImageSpec()).Dataset;

        Assert.Equal(512 * 512 * 2, dataset.GetElement(DicomTags.PixelData).Length);
        Assert.Equal(512, dataset.GetSingleValue<ushort>(DicomTags.Columns));
    }

    [Fact]
    public void CtImage_SameSeed_SamePixelsAndAnotherSeedOthers()
    {
        var spec = new CtImageSpec { PixelDataBytes = 1000, Seed = 42 };

        var first = Pixels(spec);

        Assert.Equal(first, Pixels(spec with { SopInstanceUid = "2.25.1" }));
        Assert.NotEqual(first, Pixels(spec with { Seed = 43 }));
        Assert.All(first.Where((_, index) => index % 2 == 1), high => Assert.True(high <= 0x0F, "a value exceeds 12 bits"));
    }

    [Fact]
    public async Task WriteStudy_ThreeImages_DciodvfyFindsNoErrorAndDcentvfyNoInconsistency()
    {
        var dciodvfy = ExternalTool.Find("dciodvfy");
        ExternalTool.Require(dciodvfy is not null && ExternalTool.Find("dcentvfy") is not null, "dicom3tools dciodvfy/dcentvfy are not installed (apt-get install dicom3tools)");
        var files = SyntheticInstances.WriteStudy(_folder.FullName, 3, new CtImageSpec { PixelDataBytes = 32 * 32 * 2 });

        var verified = await ToolProcess.RunAsync(dciodvfy!, [files[1]], null, _folder.FullName, Timeout, Cancel);
        var consistent = await ToolProcess.RunAsync("dcentvfy", files, null, _folder.FullName, Timeout, Cancel);

        Assert.StartsWith("CTImage", verified.StandardError);
        Assert.False(verified.ToString().Contains("Error - ", StringComparison.Ordinal), verified.ToString());
        Assert.True(consistent.ExitCode == 0, consistent.ToString());
        Assert.Equal(["1", "2", "3"], files.Select(f => DicomFile.Open(f).Dataset.GetString(DicomTags.InstanceNumber)));
    }

    [Fact]
    public async Task CtImage_Dcmdump_ParsesItWithoutWarnings()
    {
        var path = Path.Combine(_folder.FullName, "ct.dcm");
        SyntheticInstances.CtImage(new CtImageSpec { PixelDataBytes = 16 * 16 * 2, TransferSyntax = TransferSyntax.ImplicitVRLittleEndian }).Save(path);

        var dump = await Dcmtk.RunAsync("dcmdump", ["-dc", path], Timeout, Cancel);

        Assert.True(dump.ExitCode == 0 && dump.StandardError.Length == 0, dump.ToString());
        Assert.Contains("(0008,0016) UI =CTImageStorage", dump.StandardOutput);
        Assert.Contains("(7fe0,0010) OW ", dump.StandardOutput);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private static byte[] Pixels(CtImageSpec spec) => SyntheticInstances.CtImage(spec).Dataset.GetElement(DicomTags.PixelData).Bytes.ToArray();
}
