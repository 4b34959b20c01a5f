using System.Globalization;

using ConformanceHarness.TestSupport.Peers;
using ConformanceHarness.TestSupport.Synthetic;

namespace ConformanceHarness.Dicom.Network.Tests.Peers;

[Collection(PeersCollection.Name)]
public sealed class StoreScpPeerTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("hx-storescp-test-");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartAsync_StorescuInsideSendsAnImage_StorescpKeepsThatInstance()
    {
        await using var inside = await NetworkNamespace.CreateAsync(Cancel);
        await using var storescp = await StoreScpPeer.StartAsync(inside, Cancel);
        var image = Path.Combine(_work.FullName, "ct.dcm");
        var spec = new CtImageSpec { PixelDataBytes = 64 * 64 * 2 };
        SyntheticInstances.CtImage(spec).Save(image);

        var sent = await Dcmtk.RunAsync(inside, "storescu", ["-aec", storescp.AeTitle, "127.0.0.1", Port(storescp), image], Dcmtk.DefaultTimeout, Cancel);

        Assert.True(sent.ExitCode == 0, $"{sent}\n--- storescp\n{storescp.Output}");
        var received = Assert.Single(storescp.ReceivedFiles);
        Assert.Equal(spec.SopInstanceUid, DicomFile.Open(received).Dataset.GetString(DicomTags.SOPInstanceUID));
    }

    [Fact]
    public async Task StartAsync_EchoscuInside_Succeeds()
    {
        await using var inside = await NetworkNamespace.CreateAsync(Cancel);
        await using var storescp = await StoreScpPeer.StartAsync(inside, "ECHOME", ["-pm"], Cancel);

        var echoed = await Dcmtk.RunAsync(inside, "echoscu", ["-v", "-aec", "ECHOME", "127.0.0.1", Port(storescp)], Dcmtk.DefaultTimeout, Cancel);

        Assert.True(echoed.ExitCode == 0, echoed.ToString());
        Assert.Contains("Received Echo Response (Success)", echoed.StandardError + echoed.StandardOutput);
    }

    [Fact]
    public async Task StartAsync_Storescp_RunsWithTcpNoDelayInItsEnvironment()
    {
        await using var inside = await NetworkNamespace.CreateAsync(Cancel);
        await using var storescp = await StoreScpPeer.StartAsync(inside, Cancel);

        var environment = await File.ReadAllTextAsync($"/proc/{storescp.Process.Id}/environ", Cancel);

        Assert.Contains("TCP_NODELAY=1", environment.Split('\0'));
        Assert.EndsWith("storescp", (await File.ReadAllTextAsync($"/proc/{storescp.Process.Id}/comm", Cancel)).Trim());
    }

    public void Dispose() => _work.Delete(recursive: true);

    private static string Port(StoreScpPeer peer) => peer.Port.ToString(CultureInfo.InvariantCulture);
}
