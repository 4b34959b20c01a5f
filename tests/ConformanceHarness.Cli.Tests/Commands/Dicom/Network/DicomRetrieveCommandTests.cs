using ConformanceHarness.Dicom;
using ConformanceHarness.Dicom.Network;
using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Storage;

namespace ConformanceHarness.Cli.Tests.Commands.Dicom.Network;

/// <summary><c>harness dicom move</c> and <c>get</c> against a <see cref="TinyArchive"/>.</summary>
[Collection(DicomNetworkCollection.Name)]
public sealed class DicomRetrieveCommandTests : IDisposable
{
    private readonly DicomWorkspace _workspace = new();
    private readonly TinyArchive _archive = new(TestInstances.Ct("P1"), TestInstances.Ct("P1"), TestInstances.Ct("P2"));

    public void Dispose() => _workspace.Dispose();

    private string Received => Path.Combine(_workspace.Root, "received");

    [Fact]
    public async Task Move_KnownDestination_PrintsProgressAndFinalCountsAndTheInstancesArrive()
    {
        await using var destination = DicomServer.Start(new DicomServerOptions
        {
            AeTitle = "DEST", Policy = AssociationPolicy.Storage, Handler = new FolderStorageHandler(Received),
        });
        await using var server = DicomFindCommandTests.ArchiveServer(_archive,
            new Dictionary<string, DicomApplicationEntity> { ["DEST"] = new("DEST", "127.0.0.1", destination.Port) });

        var run = await HarnessInvocation.RunAsync(["dicom", "move", "--aec", "ARCHIVE", "--dest", "DEST", "127.0.0.1",
            DicomEchoCommandTests.Port(server), "-k", "PatientID=P1"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["pending: remaining 1, completed 1, failed 0, warning 0", "pending: remaining 0, completed 2, failed 0, warning 0",
            $"C-MOVE ARCHIVE at 127.0.0.1:{server.Port} to DEST: 0x0000 Success; completed 2, failed 0, warning 0"], DicomDumpCommandTests.Lines(run.Stdout));
        Assert.Equal(2, Directory.GetFiles(Received).Length);
    }

    [Fact]
    public async Task Move_UnknownDestination_SaysRefusedAndExitsOne()
    {
        await using var server = DicomFindCommandTests.ArchiveServer(_archive);

        var run = await HarnessInvocation.RunAsync(["dicom", "move", "--aec", "ARCHIVE", "--dest", "NOWHERE", "127.0.0.1",
            DicomEchoCommandTests.Port(server), "-k", "PatientID=P1"]);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"harness: failed: C-MOVE ARCHIVE at 127.0.0.1:{server.Port} to NOWHERE: 0xA801 Refused: Move Destination Unknown", run.Stderr);
    }

    [Fact]
    public async Task Get_Matches_WritesThemToTheOutFolder()
    {
        await using var server = DicomFindCommandTests.ArchiveServer(_archive);

        var run = await HarnessInvocation.RunAsync(["dicom", "get", "--aec", "ARCHIVE", "--out", Received, "127.0.0.1",
            DicomEchoCommandTests.Port(server), "-k", "PatientID=P1"]);

        Assert.Equal(0, run.ExitCode);
        var files = Directory.GetFiles(Received);
        Assert.Equal(2, files.Length);
        Assert.All(files, file => Assert.Equal("P1", DicomFile.Open(file).Dataset.GetString(DicomTags.PatientID)));
        Assert.Equal(2, DicomDumpCommandTests.Lines(run.Stdout).Count(line => line.StartsWith($"stored {Received}", StringComparison.Ordinal)));
        Assert.EndsWith($"C-GET ARCHIVE at 127.0.0.1:{server.Port}: 0x0000 Success; completed 2, failed 0, warning 0", run.Stdout.TrimEnd());
    }

    [Fact]
    public async Task Get_SopClassNotOffered_SubOperationsFailAndExitsOne()
    {
        await using var server = DicomFindCommandTests.ArchiveServer(_archive);

        var run = await HarnessInvocation.RunAsync(["dicom", "get", "--aec", "ARCHIVE", "--out", Received, "--sop-class", "MRImageStorage",
            "127.0.0.1", DicomEchoCommandTests.Port(server), "-k", "PatientID=P2"]);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"harness: failed: C-GET ARCHIVE at 127.0.0.1:{server.Port}: 0xB000 Sub-operations Complete", run.Stderr);
        Assert.Contains("completed 0, failed 1, warning 0; failed SOP instances: 2.25.", run.Stderr);
        Assert.Empty(Directory.GetFiles(Received));
    }

    [Theory]
    [InlineData("Option '--dest' is required", "move")]
    [InlineData("Option '--out' is required", "get")]
    [InlineData("--sop-class 'Bogus' is neither a Storage SOP class keyword (e.g. CTImageStorage) nor a UID", "get", "--out", "x", "--sop-class", "Bogus")]
    public async Task Retrieve_BadCommandLine_ExitsTwo(string message, params string[] args)
    {
        var run = await HarnessInvocation.RunAsync(["dicom", .. args, "127.0.0.1", "1", "-k", "PatientID=1"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, Assert.Single(DicomDumpCommandTests.Lines(run.Stderr)));
    }
}
