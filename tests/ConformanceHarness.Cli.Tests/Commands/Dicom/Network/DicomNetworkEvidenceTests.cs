using System.Net;
using System.Net.Sockets;
using ConformanceHarness.Dicom.Network;
using ConformanceHarness.Evidence;
using static ConformanceHarness.Evidence.Dicom.DicomEvidenceKinds;

namespace ConformanceHarness.Cli.Tests.Commands.Dicom.Network;

/// <summary><c>--evidence FILE</c> of the network verbs: a hash-chained evidence log, closed however the command ends.</summary>
[Collection(DicomNetworkCollection.Name)]
public sealed class DicomNetworkEvidenceTests : IDisposable
{
    private readonly DicomWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private string Evidence => Path.Combine(_workspace.Root, "evidence.ndjson");

    [Fact]
    public async Task Echo_Evidence_RecordsEveryNetworkEventInAnIntactClosedLog()
    {
        await using var server = DicomServer.Start(new DicomServerOptions { AeTitle = "SCP" });

        var run = await HarnessInvocation.RunAsync(["dicom", "echo", "--aec", "SCP", "--evidence", Evidence, "127.0.0.1", DicomEchoCommandTests.Port(server)]);

        Assert.Equal(0, run.ExitCode);
        var records = await ReadIntactAsync(Evidence);
        Assert.Equal([ConnectionOpened, AssociationRequested, AssociationAccepted, DimseSent, DimseReceived, AssociationReleased, ConnectionClosed,
            EvidenceKinds.LogClosed], records.Select(record => record.Kind));
        Assert.All(records.SkipLast(1), record => Assert.Equal(("scu", "out-"), (record.Source, record.ConnectionId![..4])));
        Assert.Equal("SCP", records[1].Payload.GetProperty("calledAeTitle").GetString());
        Assert.Equal("C-ECHO-RSP", records[4].Payload.GetProperty("command").GetString());
        Assert.Equal("0x0000", records[4].Payload.GetProperty("status").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Echo_Rejected_StillClosesTheLog()
    {
        await using var server = DicomServer.Start(new DicomServerOptions { AeTitle = "SCP" });

        var run = await HarnessInvocation.RunAsync(["dicom", "echo", "--aec", "WRONG", "--evidence", Evidence, "127.0.0.1", DicomEchoCommandTests.Port(server)]);

        Assert.Equal(1, run.ExitCode);
        var kinds = (await ReadIntactAsync(Evidence)).Select(record => record.Kind).ToList();
        Assert.Equal([ConnectionOpened, AssociationRequested, AssociationRejected, ConnectionClosed, EvidenceKinds.LogClosed], kinds);
    }

    [Fact]
    public async Task Echo_CtrlCWhileWaiting_StillClosesTheLog()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        using var ctrlC = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        ctrlC.CancelAfter(TimeSpan.FromMilliseconds(500));

        var run = await HarnessInvocation.RunUntilCancelledAsync(
            ["dicom", "echo", "--evidence", Evidence, "127.0.0.1", ((IPEndPoint)silent.LocalEndpoint).Port.ToString()], ctrlC.Token);

        Assert.Equal((2, "harness: error: cancelled by the user"), (run.ExitCode, run.Stderr.TrimEnd()));
        var kinds = (await ReadIntactAsync(Evidence)).Select(record => record.Kind).ToList();
        Assert.Equal(ConnectionOpened, kinds[0]);
        Assert.Equal(EvidenceKinds.LogClosed, kinds[^1]);
    }

    [Fact]
    public async Task Listen_Evidence_RecordsTheInboundAssociationAsScp()
    {
        await using var listen = RunningHarness.Start("dicom", "listen", "--port", "0", "--out", _workspace.Root, "--exit-after", "1", "--evidence", Evidence);
        var port = (await listen.WaitForPortAsync()).ToString();

        var echo = await HarnessInvocation.RunAsync(["dicom", "echo", "--aec", "HARNESS", "127.0.0.1", port]);
        var run = await listen.WaitForExitAsync();

        Assert.Equal((0, 0), (echo.ExitCode, run.ExitCode));
        var records = await ReadIntactAsync(Evidence);
        Assert.All(records.SkipLast(1), record => Assert.Equal(("scp", "in-1"), (record.Source, record.ConnectionId)));
        Assert.Equal("inbound", records[0].Payload.GetProperty("direction").GetString());
        Assert.Contains(records, record => record.Kind == DimseReceived && record.Payload.GetProperty("command").GetString() == "C-ECHO-RQ");
        Assert.Equal([ConnectionClosed, EvidenceKinds.LogClosed], records[^2..].Select(record => record.Kind));
    }

    [Fact]
    public async Task Echo_EvidenceFileExists_ExitsTwoAndLeavesItAlone()
    {
        File.WriteAllText(Evidence, "earlier evidence\n");

        var run = await HarnessInvocation.RunAsync(["dicom", "echo", "--evidence", Evidence, "127.0.0.1", "1"]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"harness: error: --evidence {Evidence} already exists; an evidence log is never overwritten or appended to: name a new file",
            run.Stderr.TrimEnd());
        Assert.Equal("earlier evidence\n", File.ReadAllText(Evidence));
    }

    [Fact]
    public async Task Echo_EvidenceFolderMissing_ExitsTwoBeforeConnecting()
    {
        var evidence = Path.Combine(_workspace.Root, "no", "such", "folder", "evidence.ndjson");

        var run = await HarnessInvocation.RunAsync(["dicom", "echo", "--evidence", evidence, "127.0.0.1", "1"]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"harness: error: --evidence: cannot create evidence log {evidence}: ", run.Stderr);
    }

    /// <summary>The records of a log whose chain is intact and which its writer closed.</summary>
    internal static async Task<List<EvidenceRecord>> ReadIntactAsync(string path)
    {
        var report = await EvidenceLog.VerifyAsync(path, TestContext.Current.CancellationToken);
        Assert.True(report.IsIntact && report.IsClosed, report.Message);
        return await EvidenceLog.ReadAsync(path, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);
    }
}
