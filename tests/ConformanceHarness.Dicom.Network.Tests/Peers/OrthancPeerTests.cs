using System.Globalization;

using ConformanceHarness.TestSupport.Peers;
using ConformanceHarness.TestSupport.Synthetic;

namespace ConformanceHarness.Dicom.Network.Tests.Peers;

[Collection(PeersCollection.Name)]
public sealed class OrthancPeerTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("hx-orthanc-test-");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UploadAsync_ASyntheticImage_IsListedCountedAndServedBack()
    {
        await using var inside = await NetworkNamespace.CreateAsync(Cancel);
        await using var orthanc = await OrthancPeer.StartAsync(inside, Cancel);
        var spec = new CtImageSpec { PixelDataBytes = 64 * 64 * 2 };

        var id = await orthanc.UploadAsync(SyntheticInstances.Encode(spec), Cancel);

        Assert.Equal([id], await orthanc.ListInstancesAsync(Cancel));
        Assert.Equal(new OrthancStatistics(1, 1, 1, 1), await orthanc.GetStatisticsAsync(Cancel));
        var served = DicomFile.Read(new MemoryStream(await orthanc.GetInstanceFileAsync(id, Cancel)));
        Assert.Equal(spec.SopInstanceUid, served.Dataset.GetString(DicomTags.SOPInstanceUID));
    }

    [Fact]
    public async Task StartAsync_EchoscuAndStorescuInside_Succeed()
    {
        await using var inside = await NetworkNamespace.CreateAsync(Cancel);
        await using var orthanc = await OrthancPeer.StartAsync(inside, Cancel);
        var image = Path.Combine(_work.FullName, "ct.dcm");
        SyntheticInstances.CtImage(new CtImageSpec { PixelDataBytes = 64 * 64 * 2 }).Save(image);

        var echoed = await Dcmtk.RunAsync(inside, "echoscu", ["-aec", orthanc.AeTitle, "127.0.0.1", Port(orthanc.DicomPort)], Dcmtk.DefaultTimeout, Cancel);
        var stored = await Dcmtk.RunAsync(inside, "storescu", ["-aet", "HX", "-aec", orthanc.AeTitle, "127.0.0.1", Port(orthanc.DicomPort), image],
            Dcmtk.DefaultTimeout, Cancel);

        Assert.True(echoed.ExitCode == 0, $"{echoed}\n--- Orthanc\n{orthanc.Output}");
        Assert.True(stored.ExitCode == 0, $"{stored}\n--- Orthanc\n{orthanc.Output}");
        Assert.Single(await orthanc.ListInstancesAsync(Cancel));
    }

    [Fact]
    public async Task StartAsync_WithAModality_CMovesAStudyToStorescpInTheSameNamespace()
    {
        await using var inside = await NetworkNamespace.CreateAsync(Cancel);
        await using var storescp = await StoreScpPeer.StartAsync(inside, Cancel);
        var modalities = new Dictionary<string, OrthancModality> { ["storescp"] = new(storescp.AeTitle, "127.0.0.1", storescp.Port) };
        await using var orthanc = await OrthancPeer.StartAsync(inside, modalities, Cancel);
        var spec = new CtImageSpec { PixelDataBytes = 64 * 64 * 2 };
        await orthanc.UploadAsync(SyntheticInstances.Encode(spec), Cancel);

        var moved = await Dcmtk.RunAsync(inside, "movescu", ["-S", "-aet", "MOVESCU", "-aec", orthanc.AeTitle, "-aem", storescp.AeTitle,
            "-k", "QueryRetrieveLevel=STUDY", "-k", $"StudyInstanceUID={spec.StudyInstanceUid}", "127.0.0.1", Port(orthanc.DicomPort)],
            Dcmtk.DefaultTimeout, Cancel);

        Assert.True(moved.ExitCode == 0, $"{moved}\n--- Orthanc\n{orthanc.Output}");
        var received = Assert.Single(storescp.ReceivedFiles);
        Assert.Equal(spec.SopInstanceUid, DicomFile.Open(received).Dataset.GetString(DicomTags.SOPInstanceUID));
    }

    public void Dispose() => _work.Delete(recursive: true);

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);
}
