using System.Net;
using System.Net.Sockets;

using ConformanceHarness.Dicom.Network.Pdus;

namespace ConformanceHarness.Dicom.Network.Tests.UpperLayer;

/// <summary>
/// A hand-driven DICOM peer on a raw loopback socket: it writes exactly the bytes a test gives it (PDUs through
/// <see cref="Pdu.Encode"/>, or anything else) and reads back what the other side sends, every read bounded.
/// </summary>
internal sealed class RawPeer(Socket socket) : IAsyncDisposable
{
    /// <summary>How long a read waits unless the test says otherwise: long enough for a loaded CI machine.</summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(10);

    private readonly NetworkStream _stream = new(socket, ownsSocket: true);

    public Socket Socket => socket;

    /// <summary>Connects to a listener on 127.0.0.1.</summary>
    public static async Task<RawPeer> ConnectAsync(int port, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
        return new RawPeer(socket);
    }

    /// <summary>A connected loopback pair: the raw peer, and the other end as a stream for the connection under test.</summary>
    public static async Task<(RawPeer Peer, NetworkStream Ours)> PairAsync(CancellationToken cancellationToken)
    {
        using var listener = new Socket(SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(1);
        var accept = listener.AcceptAsync(cancellationToken).AsTask();
        var peer = await ConnectAsync(((IPEndPoint)listener.LocalEndPoint!).Port, cancellationToken);
        var ours = await accept;
        ours.NoDelay = true;
        return (peer, new NetworkStream(ours, ownsSocket: true));
    }

    public Task SendAsync(Pdu pdu) => SendAsync(pdu.Encode());

    public async Task SendAsync(ReadOnlyMemory<byte> bytes) => await _stream.WriteAsync(bytes);

    /// <summary>The next PDU, or null when the other side closed the connection.</summary>
    /// <exception cref="TimeoutException">Nothing within <paramref name="wait"/>.</exception>
    public async Task<Pdu?> ReceiveAsync(TimeSpan? wait = null)
    {
        using var timeout = new CancellationTokenSource(wait ?? DefaultWait);
        try
        {
            return await Pdu.ReadAsync(_stream, _ => uint.MaxValue, timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new TimeoutException($"the other side sent no PDU and did not close within {(wait ?? DefaultWait).TotalSeconds} s");
        }
        catch (IOException)
        {
            return null; // reset by the other side: closed
        }
    }

    /// <summary>The next PDU, which must be a <typeparamref name="T"/>.</summary>
    public async Task<T> ReceiveAsync<T>(TimeSpan? wait = null) where T : Pdu
    {
        var pdu = await ReceiveAsync(wait);
        return pdu as T ?? throw new Xunit.Sdk.XunitException($"expected {typeof(T).Name}, but received {pdu?.ToString() ?? "the connection closed"}");
    }

    /// <summary>Reads (and discards) until the other side closes.</summary>
    /// <exception cref="TimeoutException">Still open after <paramref name="wait"/>.</exception>
    public async Task WaitForCloseAsync(TimeSpan? wait = null)
    {
        using var timeout = new CancellationTokenSource(wait ?? DefaultWait);
        var buffer = new byte[4096];
        try
        {
            while (await _stream.ReadAsync(buffer, timeout.Token) > 0)
            {
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new TimeoutException($"the other side did not close the connection within {(wait ?? DefaultWait).TotalSeconds} s");
        }
        catch (IOException)
        {
            // Reset by the other side: closed too.
        }
    }

    /// <summary>Half-closes: the other side reads the end of the stream, this side can still read.</summary>
    public void ShutdownSend() => socket.Shutdown(SocketShutdown.Send);

    public ValueTask DisposeAsync() => _stream.DisposeAsync();
}
