using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using ConformanceHarness.Dicom.Network.Tls;

namespace ConformanceHarness.Dicom.Network.Tests.Tls;

/// <summary>A real TCP connection on 127.0.0.1 (port chosen by the system) whose two ends run the handshakes under test.</summary>
internal sealed class LoopbackTls : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _owned = [];

    private LoopbackTls(TcpClient client, TcpClient server) => (ClientStream, ServerStream) = (client.GetStream(), server.GetStream());

    public NetworkStream ClientStream { get; }

    public NetworkStream ServerStream { get; }

    public static async Task<LoopbackTls> OpenAsync(CancellationToken cancellationToken)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var client = new TcpClient { NoDelay = true };
            var accept = listener.AcceptTcpClientAsync(cancellationToken).AsTask();
            await client.ConnectAsync((IPEndPoint)listener.LocalEndpoint, cancellationToken);
            return new LoopbackTls(client, await accept);
        }
        finally
        {
            listener.Stop();
        }
    }

    /// <summary>Runs both handshakes at once; each end's outcome is its stream or its <see cref="DicomTlsException"/>.</summary>
    public async Task<(TlsOutcome Client, TlsOutcome Server)> HandshakeAsync(DicomTlsOptions client, DicomTlsOptions server,
        CancellationToken cancellationToken, string targetHost = "127.0.0.1")
    {
        var clientSide = OutcomeAsync(DicomTls.AuthenticateAsClientAsync(ClientStream, targetHost, client, cancellationToken));
        var serverSide = OutcomeAsync(DicomTls.AuthenticateAsServerAsync(ServerStream, server, cancellationToken));
        return (await clientSide, await serverSide);
    }

    /// <summary>The outcome of one end's handshake; the stream, if any, is disposed with the connection.</summary>
    public async Task<TlsOutcome> OutcomeAsync(Task<SslStream> handshake)
    {
        try
        {
            var stream = await handshake;
            lock (_owned) _owned.Add(stream); // both ends' handshakes finish on their own threads
            return new TlsOutcome(stream, null);
        }
        catch (DicomTlsException error)
        {
            return new TlsOutcome(null, error);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var owned in _owned) await owned.DisposeAsync();
        await ClientStream.DisposeAsync();
        await ServerStream.DisposeAsync();
    }
}
