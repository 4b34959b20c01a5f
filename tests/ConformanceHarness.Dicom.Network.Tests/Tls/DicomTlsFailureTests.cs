using System.Diagnostics;
using ConformanceHarness.Dicom.Network.Pdus;
using ConformanceHarness.Dicom.Network.Tests.Pdus;
using ConformanceHarness.Dicom.Network.Tls;
using ConformanceHarness.TestSupport.Tls;
using static ConformanceHarness.Dicom.Network.Tls.TlsProtocolVersion;

namespace ConformanceHarness.Dicom.Network.Tests.Tls;

/// <summary>Handshakes that cannot succeed end quickly with a <see cref="DicomTlsException"/> that says why in words.</summary>
[Collection(NetworkCollection.Name)]
public sealed class DicomTlsFailureTests : IDisposable
{
    private readonly TestPki _pki = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Handshake_ServerTls13OnlyClientTls12Only_FailsWithNoCommonVersion()
    {
        await using var connection = await LoopbackTls.OpenAsync(Ct);

        var (client, server) = await connection.HandshakeAsync(
            _pki.Issue("scu").Options() with { MaximumVersion = Tls12 }, _pki.Issue("scp").Options() with { MinimumVersion = Tls13 }, Ct);

        Assert.Equal((DicomTlsFailure.NoCommonProtocolVersion, DicomTlsFailure.NoCommonProtocolVersion), (client.Failure.Failure, server.Failure.Failure));
        Assert.StartsWith("no TLS protocol version in common: the peer refused TLS 1.2 (protocol_version alert)", client.Failure.Reason);
        Assert.StartsWith("no TLS protocol version in common: the peer offered none of TLS 1.3", server.Failure.Reason);
    }

    [Fact]
    public async Task Handshake_AesServerBcp195Client_FailsWithNoCommonCipherSuite()
    {
        await using var connection = await LoopbackTls.OpenAsync(Ct);

        var (_, server) = await connection.HandshakeAsync(
            _pki.Issue("scu").Options() with { MaximumVersion = Tls12 }, _pki.Issue("scp").Options(DicomTlsProfile.Aes), Ct);

        Assert.Equal(DicomTlsFailure.NoCommonCipherSuite, server.Failure.Failure);
        Assert.StartsWith("no cipher suite in common: the peer offered none of TLS_RSA_WITH_AES_128_CBC_SHA, TLS_RSA_WITH_3DES_EDE_CBC_SHA over TLS 1.0 to TLS 1.2",
            server.Failure.Reason);
    }

    [Fact]
    public async Task Handshake_BasicProfileOnOpenSsl3_FailsNamingTheMissing3DesSuite()
    {
        await using var connection = await LoopbackTls.OpenAsync(Ct);

        var (client, _) = await connection.HandshakeAsync(
            _pki.Issue("scu").Options(DicomTlsProfile.Basic), _pki.Issue("scp").Options(DicomTlsProfile.Basic), Ct);

        Assert.Equal(DicomTlsFailure.ProfileNotAvailable, client.Failure.Failure);
        Assert.StartsWith("none of the profile's cipher suites is available in this OpenSSL: cannot be negotiated at all here: "
            + "TLS_RSA_WITH_3DES_EDE_CBC_SHA is not compiled into Debian 12's OpenSSL 3", client.Failure.Reason);
    }

    [Fact]
    public async Task Handshake_Own1024BitRsaCertificate_FailsSayingOpenSslRefusesIt()
    {
        await using var connection = await LoopbackTls.OpenAsync(Ct);

        var (client, _) = await connection.HandshakeAsync(_pki.Issue("weak", rsaKeySize: 1024).Options(), _pki.Issue("scp").Options(), Ct);

        Assert.Equal(DicomTlsFailure.LocalCertificateRefused, client.Failure.Failure);
        Assert.StartsWith("OpenSSL refuses to use our certificate CN=weak: its key or signature is too weak for OpenSSL's security level", client.Failure.Reason);
        Assert.Contains("ee key too small", client.Failure.Reason);
    }

    [Fact]
    public async Task Handshake_PlainAAssociateRQInsteadOfClientHello_FailsAtOnceAsNotTls()
    {
        await using var connection = await LoopbackTls.OpenAsync(Ct);
        var clock = Stopwatch.StartNew();

        await PduTables.EchoscuRQ.WriteAsync(connection.ClientStream, Ct);
        var server = await connection.OutcomeAsync(DicomTls.AuthenticateAsServerAsync(connection.ServerStream, _pki.Issue("scp").Options(), Ct));

        Assert.Equal(DicomTlsFailure.NotTls, server.Failure.Failure);
        Assert.Equal("the peer did not send a TLS record: the peer's first bytes were 01 00 00 00 00 CD 00 01 00 00 41 4E 59 2D 53 43, "
            + "which opens a DICOM A-ASSOCIATE-RQ PDU: the peer is not using TLS on this connection", server.Failure.Reason);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Handshake_SilentPeer_TimesOut()
    {
        await using var connection = await LoopbackTls.OpenAsync(Ct);
        var options = _pki.Issue("scp").Options() with { HandshakeTimeout = TimeSpan.FromMilliseconds(300) };

        var server = await connection.OutcomeAsync(DicomTls.AuthenticateAsServerAsync(connection.ServerStream, options, Ct));

        Assert.Equal(DicomTlsFailure.TimedOut, server.Failure.Failure);
        Assert.Equal("no handshake completed within 0.3 s; the peer sent nothing", server.Failure.Reason);
    }

    [Fact]
    public async Task Handshake_TruncatedRecordThenSilence_TimesOutNamingTheBytes()
    {
        await using var connection = await LoopbackTls.OpenAsync(Ct);
        var options = _pki.Issue("scp").Options() with { HandshakeTimeout = TimeSpan.FromMilliseconds(300) };

        await connection.ClientStream.WriteAsync(new byte[] { 0x16, 0x03, 0x01, 0x02 }, Ct);
        var server = await connection.OutcomeAsync(DicomTls.AuthenticateAsServerAsync(connection.ServerStream, options, Ct));

        Assert.Equal(DicomTlsFailure.TimedOut, server.Failure.Failure);
        Assert.Equal("no handshake completed within 0.3 s; the peer's first bytes were 16 03 01 02", server.Failure.Reason);
    }

    [Fact]
    public async Task Handshake_PeerClosesAtOnce_SaysTheConnectionClosed()
    {
        await using var connection = await LoopbackTls.OpenAsync(Ct);
        connection.ClientStream.Socket.Shutdown(System.Net.Sockets.SocketShutdown.Send);

        var server = await connection.OutcomeAsync(DicomTls.AuthenticateAsServerAsync(connection.ServerStream, _pki.Issue("scp").Options(), Ct));

        Assert.Equal(DicomTlsFailure.ConnectionClosed, server.Failure.Failure);
        Assert.StartsWith("the peer closed the connection during the handshake (the peer sent nothing)", server.Failure.Reason);
    }

    [Fact]
    public async Task Handshake_CallerCancels_ThrowsOperationCanceled()
    {
        await using var connection = await LoopbackTls.OpenAsync(Ct);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        cancel.CancelAfter(100);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            DicomTls.AuthenticateAsServerAsync(connection.ServerStream, _pki.Issue("scp").Options(), cancel.Token));
    }

    public void Dispose() => _pki.Dispose();
}
