using System.Net.Sockets;

using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Events;
using ConformanceHarness.Dicom.Network.Pdus;
using ConformanceHarness.Dicom.Network.Tls;
using ConformanceHarness.Dicom.Network.UpperLayer;

namespace ConformanceHarness.Dicom.Network;

/// <summary>
/// The association-requestor (SCU side): connects, proposes presentation contexts and waits for the answer. A refusal,
/// an abort, a peer that cannot be reached or does not answer in time is a <see cref="DicomAssociationException"/> whose
/// message says which, in words.
/// </summary>
public static class DicomClient
{
    private static long _connections;

    public static async Task<DicomAssociation> AssociateAsync(string host, int port, IReadOnlyList<PresentationContextProposal> proposals,
        DicomClientOptions options, CancellationToken cancellationToken = default)
    {
        var id = $"out-{Interlocked.Increment(ref _connections)}";
        var events = options.Events ?? new DicomNetworkEvents();
        var request = AssociationRequest.Build(proposals, options);
        var upper = new UpperLayerOptions { MaximumPduLength = options.MaximumPduLength, ArtimTimeout = options.AssociationTimeout, IdleTimeout = options.IdleTimeout };
        var connection = UpperLayerConnection.ForRequestor(ct => OpenAsync(host, port, options, id, events, ct), upper);
        try
        {
            await connection.RequestAssociationAsync(request, cancellationToken);
        }
        catch (IOException error) when (error.InnerException is DicomTlsException tls)
        {
            throw new DicomAssociationException($"TLS with {host}:{port} failed: {tls.Message}", failure: DicomAssociationFailure.SecureTransport, inner: tls);
        }
        catch (IOException error)
        {
            throw new DicomAssociationException($"cannot reach {host}:{port}: {error.Message}", failure: DicomAssociationFailure.Unreachable, inner: error);
        }
        events.Publish(new AssociationRequested(id, DateTimeOffset.UtcNow, request));
        AAssociateAC accept;
        try
        {
            accept = await AwaitAnswerAsync(connection, request, host, port, options, id, events, cancellationToken);
        }
        catch
        {
            await connection.DisposeAsync();
            events.Publish(new ConnectionClosed(id, DateTimeOffset.UtcNow, "closed"));
            throw;
        }
        var contexts = AssociationNegotiator.Contexts(request, accept);
        events.Publish(new AssociationAccepted(id, DateTimeOffset.UtcNow, accept, contexts));
        var settings = new DicomAssociationSettings(id, options.Handler, options.DimseTimeout, events) { ReportsConnectionClosed = true };
        var association = new DicomAssociation(connection, request, accept, contexts, settings);
        association.Start();
        return association;
    }

    private static async Task<AAssociateAC> AwaitAnswerAsync(UpperLayerConnection connection, AAssociateRQ request, string host, int port,
        DicomClientOptions options, string id, DicomNetworkEvents events, CancellationToken cancellationToken)
    {
        var peer = $"{request.CalledAeTitle} at {host}:{port}";
        UpperLayerIndication? answer = null;
        try
        {
            answer = await connection.Indications.ReadAsync(cancellationToken).AsTask().WaitAsync(options.AssociationTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            await connection.AbortAsync();
            throw new DicomAssociationException($"{peer} did not answer the A-ASSOCIATE-RQ within {options.AssociationTimeout.TotalSeconds:0.###} s",
                failure: DicomAssociationFailure.TimedOut);
        }
        catch (System.Threading.Channels.ChannelClosedException)
        {
        }
        return answer switch
        {
            AssociateAcceptConfirmation accepted => accepted.Accept,
            AssociateRejectConfirmation rejected => throw Rejected(peer, rejected.Reject, id, events),
            AbortIndication abort => throw new DicomAssociationException($"{peer} aborted the association request: {abort.Detail}", failure: DicomAssociationFailure.Aborted),
            _ => throw new DicomAssociationException($"{peer} closed the connection without answering the A-ASSOCIATE-RQ", failure: DicomAssociationFailure.Aborted),
        };
    }

    private static DicomAssociationException Rejected(string peer, AAssociateRJ reject, string id, DicomNetworkEvents events)
    {
        var why = AssociationRejection.Describe(reject);
        events.Publish(new AssociationRejected(id, DateTimeOffset.UtcNow, reject, why));
        return new DicomAssociationException($"{peer} rejected the association: {why}", failure: DicomAssociationFailure.Rejected) { Reject = reject };
    }

    private static async Task<Stream> OpenAsync(string host, int port, DicomClientOptions options, string id, DicomNetworkEvents events, CancellationToken cancellationToken)
    {
        var socket = options.SocketFactory?.Invoke() ?? new Socket(SocketType.Stream, ProtocolType.Tcp);
        socket.NoDelay = true;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.ConnectTimeout);
        try
        {
            await socket.ConnectAsync(host, port, timeout.Token);
        }
        catch (Exception error) when (error is SocketException or OperationCanceledException)
        {
            socket.Dispose();
            cancellationToken.ThrowIfCancellationRequested();
            throw new IOException(error is SocketException socketError ? socketError.Message : $"no connection within {options.ConnectTimeout.TotalSeconds:0.###} s");
        }
        var (local, remote) = (socket.LocalEndPoint, socket.RemoteEndPoint);
        Stream stream = new NetworkStream(socket, ownsSocket: true);
        string? session = null;
        if (options.Tls is { } tls)
        {
            var secure = await DicomTls.AuthenticateAsClientAsync(stream, host, tls, cancellationToken);
            (stream, session) = (secure, $"{DicomTlsSession.From(secure)} under {tls.Profile}");
        }
        events.Publish(new ConnectionOpened(id, DateTimeOffset.UtcNow, local, remote, Inbound: false, Tls: session));
        return stream;
    }
}
