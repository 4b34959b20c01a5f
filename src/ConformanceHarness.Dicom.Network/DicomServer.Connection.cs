using System.Net.Sockets;

using ConformanceHarness.Dicom.Network.Association;
using ConformanceHarness.Dicom.Network.Events;
using ConformanceHarness.Dicom.Network.Pdus;
using ConformanceHarness.Dicom.Network.Tls;
using ConformanceHarness.Dicom.Network.UpperLayer;

namespace ConformanceHarness.Dicom.Network;

public sealed partial class DicomServer
{
    /// <summary>One inbound connection: Sta2 until the A-ASSOCIATE-RQ (ARTIM bounds it), the answer, then the association.</summary>
    private async Task ServeConnectionAsync(string id, Socket socket)
    {
        socket.NoDelay = true;
        var (local, remote) = (socket.LocalEndPoint, socket.RemoteEndPoint);
        if (await SecureAsync(id, new NetworkStream(socket, ownsSocket: true)) is not var (stream, session)) return;
        Events.Publish(new ConnectionOpened(id, DateTimeOffset.UtcNow, local, remote, Inbound: true, Tls: session));
        var connection = UpperLayerConnection.ForAcceptor(stream, Options.UpperLayer);
        _upperLayers[id] = connection;
        var how = "closed";
        try
        {
            if (await FirstIndicationAsync(connection) is AssociateIndication { Request: var request })
            {
                Events.Publish(new AssociationRequested(id, DateTimeOffset.UtcNow, request));
                await AnswerAsync(id, connection, request);
            }
            await connection.Completion;
        }
        catch (Exception error) when (error is IOException or InvalidOperationException or ObjectDisposedException)
        {
            // The peer went away while we answered; the connection is closed below.
        }
        catch (Exception error)
        {
            // A fault of ours on one connection must not take the server down or leave the connection counted: it is
            // closed like any other, and the evidence says why.
            how = $"closed after an internal error: {error.GetType().Name}: {error.Message}";
        }
        finally
        {
            _upperLayers.TryRemove(id, out _);
            await connection.DisposeAsync();
            Events.Publish(new ConnectionClosed(id, DateTimeOffset.UtcNow, how));
        }
    }

    /// <summary>The TLS handshake when configured; null (connection closed, reason published) when it fails.</summary>
    private async Task<(Stream Stream, string? Session)?> SecureAsync(string id, Stream plain)
    {
        if (Options.Tls is not { } tls) return (plain, null);
        try
        {
            var secure = await DicomTls.AuthenticateAsServerAsync(plain, tls, _stopping.Token);
            return (secure, $"{DicomTlsSession.From(secure)} under {tls.Profile}");
        }
        catch (Exception error) when (error is DicomTlsException or OperationCanceledException)
        {
            await plain.DisposeAsync();
            Events.Publish(new ConnectionClosed(id, DateTimeOffset.UtcNow, $"TLS handshake failed: {error.Message}"));
            return null;
        }
    }

    private static async Task<UpperLayerIndication?> FirstIndicationAsync(UpperLayerConnection connection)
    {
        try
        {
            return await connection.Indications.ReadAsync();
        }
        catch (System.Threading.Channels.ChannelClosedException)
        {
            return null;
        }
    }

    private async Task AnswerAsync(string id, UpperLayerConnection connection, AAssociateRQ request)
    {
        var answer = AssociationNegotiator.Answer(request, Options.Policy, Options.UpperLayer.MaximumPduLength, _associations.Count);
        if (answer is AAssociateRJ reject)
        {
            await connection.RejectAsync(reject);
            Events.Publish(new AssociationRejected(id, DateTimeOffset.UtcNow, reject, AssociationRejection.Describe(reject)));
            return;
        }
        var accept = (AAssociateAC)answer;
        var contexts = AssociationNegotiator.Contexts(request, accept);
        var settings = new DicomAssociationSettings(id, Options.Handler, Options.DimseTimeout, Events) { ConnectToMoveDestination = ConnectToMoveDestinationAsync };
        var association = new DicomAssociation(connection, request, accept, contexts, settings);
        _associations[id] = association;
        try
        {
            await connection.AcceptAsync(accept);
            Events.Publish(new AssociationAccepted(id, DateTimeOffset.UtcNow, accept, contexts));
            association.Start();
            await association.Completion;
        }
        finally
        {
            _associations.TryRemove(id, out _);
        }
    }

    private async Task<DicomAssociation?> ConnectToMoveDestinationAsync(string aeTitle, IReadOnlyList<PresentationContextProposal> proposals, CancellationToken cancellationToken)
    {
        if (!Options.MoveDestinations.TryGetValue(aeTitle, out var destination))
            throw new DimseStatusException(Dimse.DicomStatus.Lookup(0xA801, Dimse.DimseCommandField.CMoveResponse), $"move destination {aeTitle} is not in the AE table");
        if (proposals.Count == 0) return null;
        var client = Options.MoveClient with { CallingAeTitle = Options.AeTitle, CalledAeTitle = destination.AeTitle, Events = Events };
        return await DicomClient.AssociateAsync(destination.Host, destination.Port, proposals, client, cancellationToken);
    }
}
