using System.Net;
using System.Net.Sockets;
using ConformanceHarness.Dicom.Network;
using ConformanceHarness.Dicom.Network.Association;

namespace ConformanceHarness.Cli.Tests.Commands.Dicom.Network;

[Collection(DicomNetworkCollection.Name)]
public sealed class DicomEchoCommandTests
{
    [Fact]
    public async Task Echo_ServerAnswers_PrintsSuccessAndExitsZero()
    {
        await using var server = DicomServer.Start(new DicomServerOptions { AeTitle = "SCP" });

        var run = await HarnessInvocation.RunAsync(["dicom", "echo", "--aec", "SCP", "--aet", "ME", "127.0.0.1", Port(server)]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"C-ECHO SCP at 127.0.0.1:{server.Port}: 0x0000 Success", run.Stdout.TrimEnd());
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public async Task Echo_NobodyListens_SaysCannotReachAndExitsTwo()
    {
        var server = DicomServer.Start(new DicomServerOptions());
        var port = Port(server);
        await server.DisposeAsync();

        var run = await HarnessInvocation.RunAsync(["dicom", "echo", "127.0.0.1", port]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"harness: error: cannot reach 127.0.0.1:{port}: Connection refused", run.Stderr.TrimEnd());
    }

    [Fact]
    public async Task Echo_CalledAeTitleUnknown_SaysRejectedWithTheReasonAndExitsOne()
    {
        await using var server = DicomServer.Start(new DicomServerOptions { AeTitle = "SCP" });

        var run = await HarnessInvocation.RunAsync(["dicom", "echo", "--aec", "WRONG", "127.0.0.1", Port(server)]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"harness: failed: WRONG at 127.0.0.1:{server.Port} rejected the association: " +
            "called AE title not recognized (rejected-permanent, source: DICOM UL service-user)", run.Stderr.TrimEnd());
    }

    [Fact]
    public async Task Echo_VerificationNotAccepted_SaysSoAndExitsOne()
    {
        var storageOnly = new AssociationPolicy { StorageTransferSyntaxes = PresentationContextProposal.Uncompressed };
        await using var server = DicomServer.Start(new DicomServerOptions { AeTitle = "SCP", Policy = storageOnly });

        var run = await HarnessInvocation.RunAsync(["dicom", "echo", "--aec", "SCP", "127.0.0.1", Port(server)]);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("harness: failed: no presentation context for Verification SOP Class was accepted", run.Stderr);
    }

    [Fact]
    public async Task Echo_PeerNeverAnswers_TimesOutAndExitsOne()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port.ToString();

        var run = await HarnessInvocation.RunAsync(["dicom", "echo", "--timeout", "0.5", "127.0.0.1", port]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"harness: failed: ANY-SCP at 127.0.0.1:{port} did not answer the A-ASSOCIATE-RQ within 0.5 s", run.Stderr.TrimEnd());
    }

    internal static string Port(DicomServer server) => server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
