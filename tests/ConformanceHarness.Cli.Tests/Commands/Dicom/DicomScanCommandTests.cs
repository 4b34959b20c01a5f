using System.Text.RegularExpressions;

namespace ConformanceHarness.Cli.Tests.Commands.Dicom;

public sealed class DicomScanCommandTests : IDisposable
{
    private const string CtStudy = "1.3.6.1.4.1.5962.1.2.1.20040119072730.12322";
    private const string CtSeries = "1.3.6.1.4.1.5962.1.3.1.1.20040119072730.12322";
    private const string CtInstance = "1.3.6.1.4.1.5962.1.1.1.1.1.20040119072730.12322";

    private readonly DicomWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Scan_Folder_ListsEachInstanceWithItsIdentifiersAndASummary()
    {
        var ct = _workspace.Copy("CT_small.dcm", "a/ct.dcm");
        var mr = _workspace.Copy("MR_small_bigendian.dcm", "b/c/mr.dcm");
        _workspace.Copy("image_dfl.dcm", "b/deflated.dcm");

        var scan = await HarnessInvocation.RunAsync(["dicom", "scan", _workspace.Root]);

        Assert.Equal(0, scan.ExitCode);
        Assert.Equal("", scan.Stderr);
        var lines = DicomDumpCommandTests.Lines(scan.Stdout);
        Assert.Equal(5, lines.Length);
        Assert.Equal($"{ct}\t1CT1\t{CtStudy}\t{CtSeries}\t{CtInstance}\tCTImageStorage\tExplicitVRLittleEndian", lines[1]);
        Assert.Matches($@"^{Regex.Escape(mr)}\t4MR1\t.*\tMRImageStorage\tExplicitVRBigEndian$", lines[2]);
        Assert.EndsWith("\tSecondaryCaptureImageStorage\tDeflatedExplicitVRLittleEndian", lines[3]);
        Assert.Equal("# 3 file(s): 3 instance(s) in 3 study(ies) and 3 series, 0 not DICOM, 0 failed", lines[4]);
    }

    [Fact]
    public async Task Scan_MixedFolder_SkipsNonDicomReportsBrokenFilesListsTheRestAndExitsTwo()
    {
        var good = _workspace.Copy("CT_small.dcm");
        var notes = _workspace.Write("notes.txt", "not an image\n"u8.ToArray());
        var truncated = _workspace.Truncate("CT_small.dcm", 1000);
        var garbage = _workspace.Write("garbage.dcm", DicomDumpCommandTests.GarbageAfterPreamble());

        var scan = await HarnessInvocation.RunAsync(["dicom", "scan", _workspace.Root]);

        Assert.Equal(2, scan.ExitCode);
        Assert.Contains($"{good}\t1CT1\t{CtStudy}", scan.Stdout);
        Assert.Contains("# 4 file(s): 1 instance(s) in 1 study(ies) and 1 series, 1 not DICOM, 2 failed", scan.Stdout);
        var stderr = DicomDumpCommandTests.Lines(scan.Stderr);
        Assert.Equal(3, stderr.Length);
        Assert.Contains($"harness: note: {notes}: not a DICOM file (no DICM prefix or data set header), skipped", stderr);
        Assert.Contains(stderr, line => line.StartsWith($"harness: error: {truncated}: (0010,1002) at offset 994: ", StringComparison.Ordinal));
        Assert.Contains(stderr, line => Regex.IsMatch(line, $@"^harness: error: {Regex.Escape(garbage)}: .*offset \d+"));
    }

    [Fact]
    public async Task Scan_FileTruncatedInPixelData_IsListedBecauseOnlyHeadersAreRead()
    {
        var truncated = _workspace.Truncate("CT_small.dcm", 30_000);

        var scan = await HarnessInvocation.RunAsync(["dicom", "scan", _workspace.Root]);
        var dump = await HarnessInvocation.RunAsync(["dicom", "dump", truncated]);

        Assert.Equal(0, scan.ExitCode);
        Assert.Contains($"{truncated}\t1CT1\t", scan.Stdout);
        Assert.Equal(2, dump.ExitCode);
        Assert.Contains("(7FE0,0010)", dump.Stderr);
    }

    [Fact]
    public async Task Scan_MissingPath_ReportsItScansTheOthersAndExitsTwo()
    {
        var good = _workspace.Copy("MR_small.dcm");
        var missing = Path.Combine(_workspace.Root, "nowhere");

        var scan = await HarnessInvocation.RunAsync(["dicom", "scan", missing, _workspace.Root]);

        Assert.Equal(2, scan.ExitCode);
        Assert.Equal($"harness: error: {missing}: no such file or directory", scan.Stderr.TrimEnd());
        Assert.Contains($"{good}\t4MR1\t", scan.Stdout);
    }

    [Fact]
    public async Task Scan_Corpus_ReadsEveryFile()
    {
        var files = Directory.GetFiles(DicomWorkspace.RequireCorpus(), "*", SearchOption.AllDirectories).Length;

        var scan = await HarnessInvocation.RunAsync(["dicom", "scan", DicomWorkspace.CorpusFolder]);

        Assert.True(scan.ExitCode == 0, scan.Stderr);
        Assert.Equal(files + 2, DicomDumpCommandTests.Lines(scan.Stdout).Length);
        Assert.Matches($@"# {files} file\(s\): {files} instance\(s\) in \d+ study\(ies\) and \d+ series, 0 not DICOM, 0 failed\n$", scan.Stdout);
    }
}
