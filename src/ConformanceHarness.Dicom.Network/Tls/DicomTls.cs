using System.Net.Security;

namespace ConformanceHarness.Dicom.Network.Tls;

/// <summary>
/// Wraps a connected stream in TLS before any PDU is exchanged, per a PS3.15 Annex B profile: the SCU side as TLS
/// client, the SCP side as TLS server. <see cref="DicomTlsSession.From"/> tells what was negotiated.
/// </summary>
/// <remarks>
/// The returned SslStream owns <c>inner</c>: disposing it closes the connection. On failure the connection is closed
/// and a <see cref="DicomTlsException"/> says why; cancelling <c>cancellationToken</c> throws OperationCanceledException.
/// A peer refused by our certificate check (SslStream sends no alert for it) sees its own handshake complete and the
/// connection close at its first read.
/// </remarks>
public static class DicomTls
{
    /// <summary>The handshake of the TLS client (association requestor).</summary>
    /// <param name="targetHost">The host dialled; sent as SNI, and checked against the certificate only with
    /// <see cref="DicomTlsOptions.CheckHostName"/>.</param>
    /// <exception cref="DicomTlsConfigurationException">The options cannot be used as a client.</exception>
    /// <exception cref="DicomTlsException">The handshake failed.</exception>
    public static Task<SslStream> AuthenticateAsClientAsync(Stream inner, string targetHost, DicomTlsOptions options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate(DicomTlsRole.Client);
        return HandshakeAsync(inner, options, DicomTlsRole.Client, cancellationToken, (stream, check, token) =>
            stream.AuthenticateAsClientAsync(SslOptionsBuilder.ForClient(options, targetHost, check), token));
    }

    /// <summary>The handshake of the TLS server (association acceptor).</summary>
    /// <exception cref="DicomTlsConfigurationException">The options cannot be used as a server (e.g. no certificate).</exception>
    /// <exception cref="DicomTlsException">The handshake failed.</exception>
    public static Task<SslStream> AuthenticateAsServerAsync(Stream inner, DicomTlsOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate(DicomTlsRole.Server);
        return HandshakeAsync(inner, options, DicomTlsRole.Server, cancellationToken, (stream, check, token) =>
            stream.AuthenticateAsServerAsync(SslOptionsBuilder.ForServer(options, check), token));
    }

    private static async Task<SslStream> HandshakeAsync(Stream inner, DicomTlsOptions options, DicomTlsRole role,
        CancellationToken cancellationToken, Func<SslStream, PeerCertificateCheck, CancellationToken, Task> authenticate)
    {
        var bytes = new FirstBytesStream(inner);
        var stream = new SslStream(bytes, leaveInnerStreamOpen: false);
        var check = new PeerCertificateCheck(options, role);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.HandshakeTimeout);
        try
        {
            await authenticate(stream, check, deadline.Token);
            return stream;
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            await stream.DisposeAsync();
            throw HandshakeFailures.Translate(error, role, options, check, bytes, timedOut: deadline.IsCancellationRequested);
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
    }
}
