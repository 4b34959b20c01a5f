using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Events;
using ConformanceHarness.Dicom.Network.UpperLayer;

namespace ConformanceHarness.Dicom.Network;

/// <summary>
/// The association-acceptor (SCP side): listens (on 127.0.0.1 unless told otherwise), negotiates each A-ASSOCIATE-RQ
/// under the <see cref="AssociationPolicy"/>, and serves every association concurrently through the
/// <see cref="DicomServiceHandler"/>. <see cref="StopAsync"/> stops accepting, lets in-flight associations finish for
/// a grace period and aborts the rest.
/// </summary>
public sealed partial class DicomServer : IAsyncDisposable
{
    private readonly Socket _listener;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<string, Task> _connections = new();
    private readonly ConcurrentDictionary<string, DicomAssociation> _associations = new();
    private readonly ConcurrentDictionary<string, UpperLayerConnection> _upperLayers = new();
    private readonly Task _acceptLoop;
    private long _connectionCount;

    private DicomServer(DicomServerOptions options, Socket listener)
    {
        Options = options with { Policy = options.Policy.CalledAeTitles is null ? options.Policy with { CalledAeTitles = new HashSet<string> { options.AeTitle } } : options.Policy };
        Events = options.Events ?? new DicomNetworkEvents();
        _listener = listener;
        _acceptLoop = Task.Run(AcceptLoopAsync);
    }

    public DicomServerOptions Options { get; }

    public DicomNetworkEvents Events { get; }

    public IPEndPoint LocalEndPoint => (IPEndPoint)_listener.LocalEndPoint!;

    public int Port => LocalEndPoint.Port;

    /// <summary>Associations established and not yet ended.</summary>
    public int ActiveAssociations => _associations.Count;

    /// <exception cref="SocketException">The address cannot be bound (e.g. the port is in use).</exception>
    public static DicomServer Start(DicomServerOptions options)
    {
        var listener = options.ListenSocketFactory?.Invoke() ?? new Socket(options.Address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            listener.Bind(new IPEndPoint(options.Address, options.Port));
            listener.Listen(128);
        }
        catch
        {
            listener.Dispose();
            throw;
        }
        return new DicomServer(options, listener);
    }

    /// <summary>Stops accepting; associations still open after <paramref name="grace"/> are aborted.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        // Both before the first await: once StopAsync is called, no connection is accepted any more.
        if (!_stopping.IsCancellationRequested) _stopping.Cancel();
        _listener.Dispose();
        await _acceptLoop;
        var all = Task.WhenAll(_connections.Values);
        if (await Task.WhenAny(all, Task.Delay(grace)) != all)
        {
            await Task.WhenAll(_associations.Values.Select(association => association.AbortAsync("the server is shutting down")));
            await Task.WhenAll(_upperLayers.Values.Select(connection => connection.AbortAsync())); // no association yet (Sta2, Sta3)
            await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(5)));
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync(TimeSpan.Zero);

    private async Task AcceptLoopAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptAsync(_stopping.Token);
            }
            catch (Exception error) when (error is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                if (_stopping.IsCancellationRequested) return;
                continue;
            }
            var id = $"in-{Interlocked.Increment(ref _connectionCount)}";
            _connections[id] = Task.Run(async () =>
            {
                try
                {
                    await ServeConnectionAsync(id, socket);
                }
                finally
                {
                    _connections.TryRemove(id, out _);
                }
            });
        }
    }
}
