using System.Net;
using System.Net.Sockets;
using ConformanceHarness.Dicom;
using ConformanceHarness.TestSupport;

namespace ConformanceHarness.Cli.Tests.Commands.Dicom.Network;

[Collection(DicomNetworkCollection.Name)]
public sealed class DicomListenCommandTests : IDisposable
{
    private readonly DicomWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private string Received => Path.Combine(_workspace.Root, "received");

    [Fact]
    public async Task Listen_OurStoreCommand_WritesEachInstanceAndStopsAfterTheAssociation()
    {
        var sent = TestInstances.Ct("P1");
        var file = TestInstances.Save(sent, Path.Combine(_workspace.Root, "a.dcm"));
        await using var listen = RunningHarness.Start("dicom", "listen", "--port", "0", "--aet", "LISTENER", "--out", Received, "--exit-after", "1");
        var port = (await listen.WaitForPortAsync()).ToString();

        var store = await HarnessInvocation.RunAsync(["dicom", "store", "--aet", "SENDER", "--aec", "LISTENER", "127.0.0.1", port, file]);
        var run = await listen.WaitForExitAsync();

        Assert.Equal(0, store.ExitCode);
        Assert.Equal(0, run.ExitCode);
        var uid = sent.GetString(DicomTags.SOPInstanceUID);
        var received = Path.Combine(Received, uid + ".dcm");
        Assert.Equal(TestInstances.DatasetBytes(file), TestInstances.DatasetBytes(received));
        var lines = DicomDumpCommandTests.Lines(run.Stdout);
        Assert.Contains("in-1: A-ASSOCIATE-RQ from SENDER to LISTENER", lines);
        Assert.Contains($"in-1: stored {received} (CT Image Storage, Explicit VR Little Endian)", lines);
        Assert.Contains("in-1: released by the peer", lines);
        Assert.Equal("stopped: 1 association(s) ended, 1 instance(s) stored, 0 refused", lines[^1]);
    }

    [Fact]
    public async Task Listen_DcmtkStorescu_WritesTheInstance()
    {
        var storescu = ExternalTool.Find("storescu");
        ExternalTool.Require(storescu is not null, "DCMTK storescu is not installed (apt-get install dcmtk)");
        var sent = TestInstances.Ct("P1");
        var file = TestInstances.Save(sent, Path.Combine(_workspace.Root, "a.dcm"));
        await using var listen = RunningHarness.Start("dicom", "listen", "--port", "0", "--out", Received, "--exit-after", "1");
        var port = (await listen.WaitForPortAsync()).ToString();

        await ExternalTool.RunAsync(storescu!, ["-aet", "STORESCU", "-aec", "HARNESS", "127.0.0.1", port, file], _workspace.Root, TimeSpan.FromSeconds(30));
        var run = await listen.WaitForExitAsync();

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("in-1: A-ASSOCIATE-RQ from STORESCU to HARNESS", run.Stdout);
        var received = DicomFile.Open(Path.Combine(Received, sent.GetString(DicomTags.SOPInstanceUID) + ".dcm"));
        Assert.Equal("P1", received.Dataset.GetString(DicomTags.PatientID));
    }

    [Fact]
    public async Task Listen_WrongCalledAeTitle_PrintsTheRejectionAndCountsIt()
    {
        await using var listen = RunningHarness.Start("dicom", "listen", "--port", "0", "--out", Received, "--exit-after", "1");
        var port = (await listen.WaitForPortAsync()).ToString();

        var echo = await HarnessInvocation.RunAsync(["dicom", "echo", "--aec", "OTHER", "127.0.0.1", port]);
        var run = await listen.WaitForExitAsync();

        Assert.Equal(1, echo.ExitCode);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("in-1: rejected: called AE title not recognized (rejected-permanent, source: DICOM UL service-user)", run.Stdout);
    }

    [Fact]
    public async Task Listen_CtrlC_StopsGracefullyAndExitsZero()
    {
        await using var listen = RunningHarness.Start("dicom", "listen", "--port", "0", "--out", Received);
        var port = (await listen.WaitForPortAsync()).ToString();
        var echo = await HarnessInvocation.RunAsync(["dicom", "echo", "--aec", "HARNESS", "127.0.0.1", port]);

        var run = await listen.StopAsync();

        Assert.Equal(0, echo.ExitCode);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("in-1: C-ECHO-RQ received", run.Stdout);
        var lines = DicomDumpCommandTests.Lines(run.Stdout);
        Assert.Contains("stopping", lines);
        Assert.Equal("stopped: 1 association(s) ended, 0 instance(s) stored, 0 refused", lines[^1]);
    }

    [Fact]
    public async Task Listen_PortInUse_ExitsTwo()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var run = await HarnessInvocation.RunAsync(["dicom", "listen", "--port", port.ToString(), "--out", Received]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"harness: error: cannot listen on 127.0.0.1:{port}: Address already in use", run.Stderr.TrimEnd());
    }
}
