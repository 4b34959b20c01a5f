using System.Net;
using System.Net.Sockets;
using ConformanceHarness.Dicom.Network.Pdus;
using ConformanceHarness.Dicom.Network.Tests.Pdus;
using ConformanceHarness.Dicom.Network.Tls;
using ConformanceHarness.TestSupport;
using ConformanceHarness.TestSupport.Peers;
using ConformanceHarness.TestSupport.Tls;
using static ConformanceHarness.Dicom.Network.Tls.TlsProtocolVersion;

namespace ConformanceHarness.Dicom.Network.Tests.Tls;

/// <summary>
/// DCMTK 3.6.7 (Debian's, built with OpenSSL 3) as the peer: its echoscu against our TLS server, and our TLS client
/// against its storescp. DCMTK's profile options: +py Non-downgrading BCP 195 (B.10, its default), +px BCP 195 (B.9),
/// +pz Extended BCP 195 (B.11, TLS 1.2 only), +pa AES (B.3).
/// </summary>
[Collection(NetworkCollection.Name)]
public sealed class DcmtkTlsInteropTests : IDisposable
{
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(30);
    private readonly TestPki _pki = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, TlsProtocolVersion> Profiles => new()
    {
        { "+py", "B.12", Tls13 },
        { "+py", "B.13", Tls13 },
        { "+py", "B.10", Tls13 },
        { "+px", "B.9", Tls13 },
        { "+pz", "B.12", Tls12 },
        { "+pa", "B.3", Tls12 },
    };

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task Echoscu_OverTls_HandshakesWithOurServerAndSendsItsAAssociateRQ(string dcmtkProfile, string section, TlsProtocolVersion version)
    {
        Require("echoscu");
        var (scu, profile) = (_pki.Issue("echoscu"), DicomTlsProfile.Get(section));
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        await using var echoscu = StartEchoscu(
            ["-v", "+tls", scu.KeyPath, scu.CertificatePath, "-pw", "+cf", _pki.CaPath, dcmtkProfile, "-aec", "OURSCP", "127.0.0.1", $"{port}"]);

        using var connection = await listener.AcceptTcpClientAsync(Ct);
        await using var tls = await DicomTls.AuthenticateAsServerAsync(connection.GetStream(), _pki.Issue("scp").Options(profile), Ct);
        var request = Assert.IsType<AAssociateRQ>(await Pdu.ReadAsync(tls, 65536, Ct));
        await new AAssociateRJ(AAssociateRJResult.RejectedPermanent, AAssociateRJReason.ServiceUserNoReasonGiven).WriteAsync(tls, Ct);
        await echoscu.WaitAsync(ToolTimeout, Ct);

        Assert.Equal((version, "CN=echoscu"), (DicomTlsSession.From(tls).Version, DicomTlsSession.From(tls).PeerCertificateSubject));
        Assert.True(profile.Allows(DicomTlsSession.From(tls)), $"{DicomTlsSession.From(tls)} is not allowed by {profile}");
        Assert.Equal(("ECHOSCU", "OURSCP"), (request.CallingAeTitle, request.CalledAeTitle));
        Assert.Contains("Association Rejected", echoscu.Output);
    }

    [Fact]
    public async Task Echoscu_WithACertificateFromAnotherCa_IsRefusedByOurServer()
    {
        Require("echoscu");
        using var otherPki = new TestPki("Other CA");
        var rogue = otherPki.Issue("rogue");
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        await using var echoscu = StartEchoscu(
            ["+tls", rogue.KeyPath, rogue.CertificatePath, "-pw", "-ic", "127.0.0.1", $"{((IPEndPoint)listener.LocalEndpoint).Port}"]);

        using var connection = await listener.AcceptTcpClientAsync(Ct);
        var error = await Assert.ThrowsAsync<DicomTlsException>(() =>
            DicomTls.AuthenticateAsServerAsync(connection.GetStream(), _pki.Issue("scp").Options(), Ct));

        Assert.Equal(DicomTlsFailure.UntrustedPeerCertificate, error.Failure);
        Assert.StartsWith("the client's certificate 'CN=rogue' (issuer 'CN=Other CA'", error.Reason);
    }

    [Theory]
    [InlineData("+py", "unknown_ca")]
    [InlineData("+pz", "unknown_ca")]
    public async Task Echoscu_TrustingAnotherCa_RefusesOurServerWithAnAlert(string dcmtkProfile, string alert)
    {
        Require("echoscu");
        using var otherPki = new TestPki("Other CA");
        var scu = _pki.Issue("echoscu");
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        await using var echoscu = StartEchoscu(["+tls", scu.KeyPath, scu.CertificatePath, "-pw", "+cf", otherPki.CaPath,
            dcmtkProfile, "127.0.0.1", $"{((IPEndPoint)listener.LocalEndpoint).Port}"]);

        using var connection = await listener.AcceptTcpClientAsync(Ct);
        var error = await Assert.ThrowsAsync<DicomTlsException>(() =>
            DicomTls.AuthenticateAsServerAsync(connection.GetStream(), _pki.Issue("scp").Options(), Ct));

        Assert.Equal(DicomTlsFailure.CertificateRejectedByPeer, error.Failure);
        Assert.StartsWith($"the peer refused our certificate CN=scp: its issuer is unknown to the peer ({alert} alert)", error.Reason);
    }

    [Fact]
    public async Task OurClient_WithACertificateFromAnotherCa_IsRefusedByStorescpWithAnAlert()
    {
        Require("storescp");
        await using var inside = await NetworkNamespace.CreateAsync(Ct);
        using var otherPki = new TestPki("Other CA");
        var scp = _pki.Issue("storescp");
        StartStorescp(inside,
            ["+tls", scp.KeyPath, scp.CertificatePath, "-pw", "+cf", _pki.CaPath, "+pz", "--ignore", "11112"]);

        await using var connection = await ConnectAsync(inside, 11112);
        var error = await Assert.ThrowsAsync<DicomTlsException>(() => DicomTls.AuthenticateAsClientAsync(
            connection, "127.0.0.1", otherPki.Issue("rogue").Trusting(_pki.CaPath).Options() with { MaximumVersion = Tls12 }, Ct));

        Assert.Equal(DicomTlsFailure.CertificateRejectedByPeer, error.Failure);
        Assert.StartsWith("the peer refused our certificate CN=rogue: its issuer is unknown to the peer (unknown_ca alert)", error.Reason);
    }

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task OurClient_OverTls_AssociatesWithStorescpAndReleases(string dcmtkProfile, string section, TlsProtocolVersion version)
    {
        Require("storescp");
        await using var inside = await NetworkNamespace.CreateAsync(Ct);
        var (scp, profile) = (_pki.Issue("storescp"), DicomTlsProfile.Get(section));
        StartStorescp(inside,
            ["-v", "+tls", scp.KeyPath, scp.CertificatePath, "-pw", "+cf", _pki.CaPath, dcmtkProfile, "-aet", "STORESCP", "--ignore", "11112"]);

        await using var connection = await ConnectAsync(inside, 11112);
        await using var tls = await DicomTls.AuthenticateAsClientAsync(connection, "127.0.0.1", _pki.Issue("scu").Options(profile), Ct);
        await (PduTables.EchoscuRQ with { CalledAeTitle = "STORESCP" }).WriteAsync(tls, Ct);
        var accept = Assert.IsType<AAssociateAC>(await Pdu.ReadAsync(tls, 65536, Ct));
        await new AReleaseRQ().WriteAsync(tls, Ct);

        Assert.IsType<AReleaseRP>(await Pdu.ReadAsync(tls, 65536, Ct));
        Assert.Equal(PresentationContextResultReason.Acceptance, Assert.Single(accept.PresentationContexts).Result);
        Assert.Equal((version, "CN=storescp"), (DicomTlsSession.From(tls).Version, DicomTlsSession.From(tls).PeerCertificateSubject));
        Assert.True(profile.Allows(DicomTlsSession.From(tls)), $"{DicomTlsSession.From(tls)} is not allowed by {profile}");
    }

    private static void Require(string tool) => Dcmtk.Require(tool);

    private static ToolProcess StartEchoscu(IEnumerable<string> arguments) =>
        ToolProcess.Start(Dcmtk.Require("echoscu"), arguments, Dcmtk.Environment, Path.GetTempPath());

    private static void StartStorescp(NetworkNamespace inside, IEnumerable<string> arguments) =>
        inside.Start(Dcmtk.Require("storescp"), arguments, Dcmtk.Environment, Path.GetTempPath());

    /// <summary>A TCP connection to a server inside <paramref name="inside"/>, once it listens.</summary>
    private static async Task<NetworkStream> ConnectAsync(NetworkNamespace inside, int port)
    {
        await inside.WaitForPortAsync(port, ToolTimeout, Ct);
        var socket = inside.CreateSocket();
        await socket.ConnectAsync(IPAddress.Loopback, port, Ct);
        return new NetworkStream(socket, ownsSocket: true);
    }

    public void Dispose() => _pki.Dispose();
}
