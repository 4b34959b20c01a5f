namespace ConformanceHarness.Cli.Tests.Commands.Dicom;

public sealed class DicomDumpCommandTests : IDisposable
{
    private readonly DicomWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Dump_CorpusFile_PrintsFileMetaThenOneLinePerElement()
    {
        var dump = await HarnessInvocation.RunAsync(["dicom", "dump", DicomWorkspace.Corpus("CT_small.dcm")]);

        Assert.Equal(0, dump.ExitCode);
        Assert.Equal("", dump.Stderr);
        Assert.Matches(@"\(0002,0010\) UI \[1\.2\.840\.10008\.1\.2\.1\] +#   20, 1 TransferSyntaxUID\n", dump.Stdout);
        Assert.Matches(@"\(0010,0020\) LO \[1CT1\] +#    4, 1 PatientID\n", dump.Stdout);
        Assert.Matches(@"\(0028,0010\) US 128 +#    2, 1 Rows\n", dump.Stdout);
        Assert.Matches(@"\(0020,0032\) DS \[-158\.135803\\-179\.035797\\-75\.699997\] +#   34, 3 ImagePositionPatient\n", dump.Stdout);
        Assert.True(dump.Stdout.IndexOf("(0002,0000)", StringComparison.Ordinal) < dump.Stdout.IndexOf("# Dicom-Data-Set", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dump_WholeCorpus_DumpsEveryFileAndExitsZero()
    {
        var files = Directory.GetFiles(DicomWorkspace.RequireCorpus(), "*.dcm", SearchOption.AllDirectories);

        var dump = await HarnessInvocation.RunAsync(["dicom", "dump", .. files]);

        Assert.True(dump.ExitCode == 0, dump.Stderr);
        Assert.Equal(files.Length, Lines(dump.Stdout).Count(line => line.StartsWith("# File: ", StringComparison.Ordinal)));
        Assert.Contains("(0010,0010) PN [Люкceмбypг]", dump.Stdout);
    }

    [Fact]
    public async Task Dump_NestedUndefinedLengthSequences_IndentsItemsAndShowsDelimiters()
    {
        var dump = await HarnessInvocation.RunAsync(["dicom", "dump", DicomWorkspace.Corpus("nested_priv_SQ.dcm")]);

        Assert.Equal(0, dump.ExitCode);
        Assert.Matches(@"\n\(0001,0001\) SQ \(Sequence with undefined length #=1\) +#  u/l, 1 ", dump.Stdout);
        Assert.Matches(@"\n  \(FFFE,E000\) na \(Item with undefined length #=2\) +#  u/l, 1 Item\n", dump.Stdout);
        Assert.Matches(@"\n        \(0001,0001\) UN 44\\6f\\75", dump.Stdout);
        Assert.Matches(@"\n      \(FFFE,E00D\) na \(ItemDelimitationItem\) +#    0, 0 ItemDelimitationItem\n", dump.Stdout);
        Assert.Matches(@"\n\(FFFE,E0DD\) na \(SequenceDelimitationItem\) +#    0, 0 SequenceDelimitationItem\n", dump.Stdout);
    }

    [Fact]
    public async Task Dump_LongValue_IsCutUnlessPrintAll()
    {
        var file = DicomWorkspace.Corpus("CT_small.dcm");

        var cut = await HarnessInvocation.RunAsync(["dicom", "dump", file]);
        var all = await HarnessInvocation.RunAsync(["dicom", "dump", "--print-all", file]);

        var cutLine = Assert.Single(Lines(cut.Stdout), line => line.StartsWith("(7FE0,0010)", StringComparison.Ordinal));
        var fullLine = Assert.Single(Lines(all.Stdout), line => line.StartsWith("(7FE0,0010)", StringComparison.Ordinal));
        Assert.Matches(@"^\(7FE0,0010\) OW [0-9a-f\\]{64}\.\.\. # 32768, 1 PixelData$", cutLine);
        Assert.EndsWith("# 32768, 1 PixelData", fullLine);
        Assert.Equal(16384 * 5 - 1, fullLine.Split(' ')[2].Length);
    }

    [Fact]
    public async Task Dump_EncapsulatedPixelData_ListsOffsetTableAndFragments()
    {
        var dump = await HarnessInvocation.RunAsync(["dicom", "dump", DicomWorkspace.Corpus("SC_rgb_rle.dcm")]);

        Assert.Equal(0, dump.ExitCode);
        Assert.Matches(@"\n\(7FE0,0010\) OB \(PixelSequence #=2\) +#  u/l, 1 PixelData\n", dump.Stdout);
        Assert.Matches(@"\n  \(FFFE,E000\) pi \(no value available\) +#    0, 1 Item\n", dump.Stdout);
        Assert.Matches(@"\n  \(FFFE,E000\) pi 03\\00\\00\\00\\40[0-9a-f\\]+\.\.\. #  664, 1 Item\n", dump.Stdout);
    }

    [Fact]
    public async Task Dump_TruncatedFile_NamesFileTagAndOffsetAndExitsTwo()
    {
        var truncated = _workspace.Truncate("CT_small.dcm", 1000);

        var dump = await HarnessInvocation.RunAsync(["dicom", "dump", truncated]);

        Assert.Equal(2, dump.ExitCode);
        Assert.Equal("", dump.Stdout);
        var line = Assert.Single(Lines(dump.Stderr));
        Assert.StartsWith($"harness: error: {truncated}: (0010,1002) at offset 994: ", line);
        Assert.EndsWith("needs 72 bytes, 6 remain", line);
    }

    [Theory]
    [InlineData("garbage.dcm")]
    [InlineData("missing.dcm")]
    [InlineData("notes.txt")]
    public async Task Dump_UnreadableAmongGoodFiles_DumpsTheOthersAndExitsTwo(string bad)
    {
        _workspace.Write("garbage.dcm", GarbageAfterPreamble());
        _workspace.Write("notes.txt", "just some notes\n"u8.ToArray());
        var good = DicomWorkspace.Corpus("MR_small.dcm");
        var badPath = Path.Combine(_workspace.Root, bad);

        var dump = await HarnessInvocation.RunAsync(["dicom", "dump", good, badPath, good]);

        Assert.Equal(2, dump.ExitCode);
        Assert.Equal(2, Lines(dump.Stdout).Count(line => line.StartsWith("# File: ", StringComparison.Ordinal)));
        var error = Assert.Single(Lines(dump.Stderr));
        Assert.Matches($@"^harness: error: {System.Text.RegularExpressions.Regex.Escape(badPath)}: \S", error);
    }

    [Fact]
    public async Task Dump_Folder_PointsToScan()
    {
        var dump = await HarnessInvocation.RunAsync(["dicom", "dump", _workspace.Root]);

        Assert.Equal(2, dump.ExitCode);
        Assert.Equal($"harness: error: {_workspace.Root}: is a directory (harness dicom scan reads folders)", dump.Stderr.TrimEnd());
    }

    /// <summary>A preamble and "DICM", then bytes from a fixed seed: a DICOM file whose content is nonsense.</summary>
    internal static byte[] GarbageAfterPreamble()
    {
        var bytes = new byte[4096];
        new Random(20261123).NextBytes(bytes);
        bytes.AsSpan(0, 128).Clear();
        "DICM"u8.CopyTo(bytes.AsSpan(128));
        return bytes;
    }

    internal static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
