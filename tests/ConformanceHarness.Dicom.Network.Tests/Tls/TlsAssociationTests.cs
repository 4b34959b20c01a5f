using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.Dicom.Network.Events;
using ConformanceHarness.Dicom.Network.Storage;
using ConformanceHarness.Dicom.Network.Tls;
using ConformanceHarness.TestSupport.Peers;
using ConformanceHarness.TestSupport.Synthetic;
using ConformanceHarness.TestSupport.Tls;

namespace ConformanceHarness.Dicom.Network.Tests.Tls;

/// <summary>Whole associations over DICOM TLS: our SCU and SCP with each other and with DCMTK.</summary>
[Collection(NetworkCollection.Name)]
public sealed class TlsAssociationTests : IDisposable
{
    private readonly TestPki _pki = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _pki.Dispose();

    [Fact]
    public async Task Echo_and_store_travel_over_tls_and_the_connection_event_names_the_session()
    {
        var folder = Directory.CreateTempSubdirectory("hx-tls-store-").FullName;
        var events = new DicomNetworkEvents();
        var opened = new List<ConnectionOpened>();
        using var _ = events.Subscribe(e => { if (e is ConnectionOpened o) lock (opened) opened.Add(o); });
        await using var server = DicomServer.Start(new DicomServerOptions
        {
            AeTitle = "TLSSCP", Policy = AssociationPolicy.Storage, Handler = new FolderStorageHandler(folder), Tls = _pki.Issue("scp").Options(), Events = events,
        });
        var file = SyntheticInstances.CtImage(new CtImageSpec { PixelDataBytes = 4096 });
        await using var association = await DicomClient.AssociateAsync("127.0.0.1", server.Port,
            [PresentationContextProposal.For(DicomUids.Verification), PresentationContextProposal.For(DicomUids.CTImageStorage)],
            new DicomClientOptions { CalledAeTitle = "TLSSCP", Tls = _pki.Issue("scu").Options(), Events = events }, Ct);

        var echo = await association.EchoAsync(Ct);
        var store = await association.StoreAsync(DicomInstance.FromFile(file), cancellationToken: Ct);
        await association.ReleaseAsync(Ct);

        Assert.Equal((DicomStatus.Success, DicomStatus.Success), (echo, store.Status));
        Assert.Single(Directory.GetFiles(folder, "*.dcm"));
        Assert.All(opened, o => Assert.Contains("B.12", o.Tls));
        Assert.Equal(2, opened.Count);
    }

    [Fact]
    public async Task A_server_certificate_from_an_untrusted_ca_fails_as_secure_transport_not_as_unreachable()
    {
        using var other = new TestPki("Other CA");
        await using var server = DicomServer.Start(new DicomServerOptions { AeTitle = "TLSSCP", Tls = other.Issue("rogue").Options() });

        var error = await Assert.ThrowsAsync<DicomAssociationException>(() => DicomClient.AssociateAsync("127.0.0.1", server.Port,
            [PresentationContextProposal.For(DicomUids.Verification)], new DicomClientOptions { CalledAeTitle = "TLSSCP", Tls = _pki.Issue("scu").Options() }, Ct));

        Assert.Equal(DicomAssociationFailure.SecureTransport, error.Failure);
        Assert.Contains("not trusted", error.Message);
    }

    [Fact]
    public async Task Dcmtk_echoscu_over_tls_completes_a_whole_verification_with_our_server()
    {
        Dcmtk.Require("echoscu");
        var scu = _pki.Issue("echoscu");
        await using var server = DicomServer.Start(new DicomServerOptions { AeTitle = "TLSSCP", Tls = _pki.Issue("scp").Options() });

        var result = await Dcmtk.RunAsync("echoscu", ["-v", "+tls", scu.KeyPath, scu.CertificatePath, "-pw", "+cf", _pki.CaPath, "+py",
            "-aec", "TLSSCP", "127.0.0.1", $"{server.Port}"], Dcmtk.DefaultTimeout, Ct);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Received Echo Response (Success)", result.StandardError + result.StandardOutput);
    }
}
