using System.Net.Security;
using System.Security.Cryptography;
using ConformanceHarness.Dicom.Network.Tls;
using ConformanceHarness.TestSupport.Tls;
using static System.Net.Security.TlsCipherSuite;
using static ConformanceHarness.Dicom.Network.Tls.TlsProtocolVersion;

namespace ConformanceHarness.Dicom.Network.Tests.Tls;

/// <summary>Both ends run <see cref="DicomTls"/> over a real loopback TCP connection, with certificates loaded from files.</summary>
[Collection(NetworkCollection.Name)]
public sealed class DicomTlsHandshakeTests : IDisposable
{
    private readonly TestPki _pki = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, bool, TlsProtocolVersion, TlsCipherSuite> Profiles => new()
    {
        { "B.3", false, Tls12, TLS_RSA_WITH_AES_128_CBC_SHA },
        { "B.9", false, Tls13, TLS_AES_128_GCM_SHA256 },
        { "B.10", false, Tls13, TLS_AES_128_GCM_SHA256 },
        { "B.12", false, Tls13, TLS_AES_128_GCM_SHA256 },
        { "B.12", true, Tls13, TLS_AES_128_GCM_SHA256 },
        { "B.13", false, Tls13, TLS_AES_256_GCM_SHA384 },
        { "B.13", true, Tls13, TLS_AES_256_GCM_SHA384 },
    };

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task Handshake_MutualPerProfile_NegotiatesWhatTheProfileAllows(string section, bool ecdsa, TlsProtocolVersion version, TlsCipherSuite suite)
    {
        var profile = DicomTlsProfile.Get(section);
        await using var connection = await LoopbackTls.OpenAsync(Ct);

        var (client, server) = await connection.HandshakeAsync(
            _pki.Issue("scu", ecdsa).Options(profile), _pki.Issue("scp", ecdsa).Options(profile), Ct);

        Assert.Equal((version, suite, "CN=scp"), (client.Session.Version, client.Session.CipherSuite, client.Session.PeerCertificateSubject));
        Assert.Equal((version, suite, "CN=scu"), (server.Session.Version, server.Session.CipherSuite, server.Session.PeerCertificateSubject));
        Assert.True(profile.Allows(client.Session));
    }

    [Theory]
    [InlineData(false, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)]
    [InlineData(true, TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256)]
    public async Task Handshake_Bcp195NarrowedToTls12_UsesAnRfc9325Suite(bool ecdsa, TlsCipherSuite suite)
    {
        await using var connection = await LoopbackTls.OpenAsync(Ct);

        var (client, _) = await connection.HandshakeAsync(
            _pki.Issue("scu", ecdsa).Options() with { MaximumVersion = Tls12 }, _pki.Issue("scp", ecdsa).Options(), Ct);

        Assert.Equal((Tls12, suite), (client.Session.Version, client.Session.CipherSuite));
    }

    [Fact]
    public async Task Handshake_ModifiedBcp195NarrowedToTls12WithEcdsa_PrefersAesCcm()
    {
        var profile = DicomTlsProfile.ModifiedBcp195Rfc8996;
        await using var connection = await LoopbackTls.OpenAsync(Ct);

        var (client, _) = await connection.HandshakeAsync(
            _pki.Issue("scu", ecdsa: true).Options(profile) with { MaximumVersion = Tls12 }, _pki.Issue("scp", ecdsa: true).Options(profile), Ct);

        Assert.Equal((Tls12, TLS_ECDHE_ECDSA_WITH_AES_128_CCM), (client.Session.Version, client.Session.CipherSuite));
    }

    [Fact]
    public async Task Handshake_Completed_CarriesDataBothWays()
    {
        await using var connection = await LoopbackTls.OpenAsync(Ct);
        var (client, server) = await connection.HandshakeAsync(_pki.Issue("scu").Options(), _pki.Issue("scp").Options(), Ct);
        var (request, response) = (RandomNumberGenerator.GetBytes(100_000), RandomNumberGenerator.GetBytes(70_000));

        await client.AuthenticatedStream.WriteAsync(request, Ct);
        var received = await ReadExactlyAsync(server.AuthenticatedStream, request.Length);
        await server.AuthenticatedStream.WriteAsync(response, Ct);

        Assert.Equal(request, received);
        Assert.Equal(response, await ReadExactlyAsync(client.AuthenticatedStream, response.Length));
    }

    [Fact]
    public async Task Handshake_Pkcs12ClientCertificate_Authenticates()
    {
        var scu = _pki.Issue("scu");
        await using var connection = await LoopbackTls.OpenAsync(Ct);

        var (_, server) = await connection.HandshakeAsync(
            DicomTlsOptions.FromPkcs12File(scu.Pkcs12Path, TestPki.Pkcs12Password, scu.TrustedPath), _pki.Issue("scp").Options(), Ct);

        Assert.Equal("CN=scu", server.Session.PeerCertificateSubject);
    }

    [Fact]
    public async Task Handshake_ServerCertificateFromAnotherCa_ClientRefusesWithTheChainStatus()
    {
        using var otherPki = new TestPki("Other CA");
        await using var connection = await LoopbackTls.OpenAsync(Ct);

        var (client, _) = await connection.HandshakeAsync(
            _pki.Issue("scu").Options(), otherPki.Issue("rogue").Trusting(_pki.CaPath).Options(), Ct);

        Assert.Equal(DicomTlsFailure.UntrustedPeerCertificate, client.Failure.Failure);
        Assert.StartsWith("TLS handshake as TLS client (PS3.15 B.12 BCP 195 RFC 8996, 9325 TLS Secure Transport Connection Profile) failed: "
            + "the server's certificate 'CN=rogue' (issuer 'CN=Other CA'", client.Failure.Message);
        Assert.Contains("is not trusted: PartialChain (unable to get local issuer certificate); trusted: CN=Harness Test CA", client.Failure.Message);
    }

    [Fact]
    public async Task Handshake_ExpiredServerCertificate_ClientRefuses()
    {
        await using var connection = await LoopbackTls.OpenAsync(Ct);

        var (client, _) = await connection.HandshakeAsync(_pki.Issue("scu").Options(), _pki.Issue("scp", expired: true).Options(), Ct);

        Assert.Equal(DicomTlsFailure.UntrustedPeerCertificate, client.Failure.Failure);
        Assert.Contains("is not trusted: NotTimeValid (certificate has expired)", client.Failure.Reason);
    }

    [Fact]
    public async Task Handshake_ExpiredClientCertificate_ServerRefuses()
    {
        await using var connection = await LoopbackTls.OpenAsync(Ct);

        var (_, server) = await connection.HandshakeAsync(_pki.Issue("scu", expired: true).Options(), _pki.Issue("scp").Options(), Ct);

        Assert.Equal(DicomTlsFailure.UntrustedPeerCertificate, server.Failure.Failure);
        Assert.StartsWith("the client's certificate 'CN=scu'", server.Failure.Reason);
    }

    [Fact]
    public async Task Handshake_ClientWithoutCertificate_ServerRefusesWhenRequired()
    {
        await using var connection = await LoopbackTls.OpenAsync(Ct);
        var anonymous = _pki.Issue("scu").Options() with { Certificate = null };

        var (client, server) = await connection.HandshakeAsync(anonymous, _pki.Issue("scp").Options(), Ct);

        Assert.Equal(DicomTlsFailure.NoPeerCertificate, server.Failure.Failure);
        Assert.Equal("the client presented no certificate, and peer verification is Require", server.Failure.Reason);
        Assert.Equal(0, await ReadOrClosedAsync(client.AuthenticatedStream));
    }

    [Fact]
    public async Task Handshake_ClientWithoutCertificateAndVerifyIfPresent_IsAccepted()
    {
        await using var connection = await LoopbackTls.OpenAsync(Ct);
        var anonymous = _pki.Issue("scu").Options() with { Certificate = null };

        var (_, server) = await connection.HandshakeAsync(anonymous,
            _pki.Issue("scp").Options() with { PeerVerification = DicomTlsPeerVerification.VerifyIfPresent }, Ct);

        Assert.Null(server.Session.PeerCertificateSubject);
    }

    [Theory]
    [InlineData(false, null)]
    [InlineData(true, DicomTlsFailure.HostNameMismatch)]
    public async Task Handshake_ServerCertificateForAnotherHost_IsRefusedOnlyWhenHostNamesAreChecked(bool check, DicomTlsFailure? expected)
    {
        await using var connection = await LoopbackTls.OpenAsync(Ct);

        var (client, _) = await connection.HandshakeAsync(
            _pki.Issue("scu").Options() with { CheckHostName = check }, _pki.Issue("scp").Options(), Ct, targetHost: "pacs.example");

        Assert.Equal(expected, client.Error?.Failure);
    }

    private static async Task<byte[]> ReadExactlyAsync(Stream stream, int length)
    {
        var buffer = new byte[length];
        await stream.ReadExactlyAsync(buffer, Ct);
        return buffer;
    }

    /// <summary>What a refused peer sees: SslStream sends no alert, it closes the connection (0 bytes, or a reset).</summary>
    private static async Task<int> ReadOrClosedAsync(SslStream stream)
    {
        try
        {
            return await stream.ReadAsync(new byte[1], Ct);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    public void Dispose() => _pki.Dispose();
}
