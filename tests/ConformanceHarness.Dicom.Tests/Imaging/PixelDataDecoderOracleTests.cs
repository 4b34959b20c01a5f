using ConformanceHarness.Dicom.Imaging;
using ConformanceHarness.Dicom.IO;
using ConformanceHarness.Dicom.Tests.Helpers;
using ConformanceHarness.TestSupport;

namespace ConformanceHarness.Dicom.Tests.Imaging;

/// <summary>
/// Our decoded native pixel data against DCMTK's (dcmdrle, dcmdjpeg): RLE byte for byte, JPEG within ±1 per sample
/// (IDCT rounding) with a mean absolute difference below 0.5.
/// </summary>
public sealed class PixelDataDecoderOracleTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Decode_RleCorpusFile_MatchesDcmdrleByteForByte()
    {
        var (ours, theirs) = await DecodeBothAsync("SC_rgb_rle.dcm", "dcmdrle");

        Assert.Equal(ours.Length, theirs.Length);
        Assert.True(ours.AsSpan().SequenceEqual(theirs), $"first difference at {ours.Zip(theirs).TakeWhile(p => p.First == p.Second).Count()}");
    }

    [Fact]
    public async Task Decode_JpegCorpusFile_MatchesDcmdjpegWithinOne()
    {
        var (ours, theirs) = await DecodeBothAsync("SC_rgb_jpeg.dcm", "dcmdjpeg");

        Assert.Equal(ours.Length, theirs.Length);
        var differences = ours.Zip(theirs, (a, b) => Math.Abs(a - b)).ToArray();
        output.WriteLine($"max {differences.Max()}, mean {differences.Average():F4}, differing samples {differences.Count(d => d > 0)}");
        Assert.True(differences.Max() <= 1, $"expected every sample within ±1, but the largest difference is {differences.Max()}");
        Assert.True(differences.Average() < 0.5, $"expected a mean absolute difference below 0.5, but received {differences.Average():F4}");
    }

    /// <summary>
    /// Our native pixel bytes and DCMTK's. DCMTK gets the file as we write it in its own syntax: the corpus JPEG has an
    /// implicit VR body under an explicit VR transfer syntax, which DCMTK cannot parse; the fragments are copied unchanged.
    /// </summary>
    private static async Task<(byte[] Ours, byte[] Theirs)> DecodeBothAsync(string name, string tool)
    {
        ExternalTool.Require(ExternalTool.Find(tool) is not null, $"DCMTK {tool} is not installed (apt-get install dcmtk)");
        var file = DicomFile.Open(DicomCorpus.Require(name));
        var ours = PixelDataDecoder.Decode(file.Dataset, file.TransferSyntax).GetElement(DicomTags.PixelData).Bytes.ToArray();
        var work = Directory.CreateTempSubdirectory("decode-oracle-");
        try
        {
            var input = Path.Combine(work.FullName, "in.dcm");
            var decoded = Path.Combine(work.FullName, "out.dcm");
            file.Save(input, new DicomWriteOptions { TransferSyntax = file.TransferSyntax });
            await ExternalTool.RunAsync(tool, [input, decoded], work.FullName, Timeout);
            var theirs = DicomFile.Open(decoded).Dataset.GetElement(DicomTags.PixelData).InByteOrder(false).Bytes.ToArray();
            return (ours, theirs);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
