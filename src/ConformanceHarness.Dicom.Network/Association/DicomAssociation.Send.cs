using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Threading.Channels;

using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.Dicom.Network.Events;

namespace ConformanceHarness.Dicom.Network.Association;

public sealed partial class DicomAssociation
{
    /// <summary>The next Message ID (0000,0110) of this association.</summary>
    public ushort NextMessageId() => _messageIds.Next();

    /// <summary>
    /// Sends <paramref name="request"/> on presentation context <paramref name="contextId"/> and yields every response
    /// to it, pending ones included, ending with the final one. Cancelling <paramref name="cancellationToken"/> sends a
    /// C-CANCEL-RQ for C-FIND, C-MOVE and C-GET and goes on yielding until the final response; for other requests it
    /// aborts the association (there is no way to take them back). No response within the DIMSE time-out aborts.
    /// </summary>
    public async IAsyncEnumerable<DimseResponse> SendRequestAsync(DimseRequest request, byte contextId,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var responses = Channel.CreateUnbounded<DimseResponse>();
        if (!_pending.TryAdd(request.MessageID, responses))
            throw new InvalidOperationException($"Message ID {request.MessageID} is already waiting for a response on this association");
        try
        {
            await SendAsync(contextId, request, CancellationToken.None);
            var cancelSent = false;
            while (true)
            {
                var response = await ReceiveAsync(request, contextId, responses.Reader, cancellationToken, cancelSent);
                if (response is null)
                {
                    cancelSent = true;
                    continue;
                }
                yield return response;
                if (response.Status.State != DicomStatusState.Pending) yield break;
            }
        }
        finally
        {
            _pending.TryRemove(request.MessageID, out _);
        }
    }

    /// <summary>The next response, or null after sending a C-CANCEL-RQ because the caller cancelled.</summary>
    private async Task<DimseResponse?> ReceiveAsync(DimseRequest request, byte contextId, ChannelReader<DimseResponse> responses,
        CancellationToken cancellationToken, bool cancelSent)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancelSent ? CancellationToken.None : cancellationToken);
        timeout.CancelAfter(Settings.DimseTimeout);
        try
        {
            return await responses.ReadAsync(timeout.Token);
        }
        catch (ChannelClosedException closed) when (closed.InnerException is DicomAssociationException ended)
        {
            throw new DicomAssociationException($"no response to {Name(request)}: {ended.Message}", ended.End);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested && !cancelSent && IsCancellable(request))
        {
            var cancel = new CCancelRequest(request.MessageID);
            await SendAsync(contextId, cancel, CancellationToken.None);
            return null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested || cancelSent)
        {
            var why = $"no response to {Name(request)} within {Settings.DimseTimeout.TotalSeconds:0.###} s (DIMSE time-out)";
            await AbortAsync(why);
            throw new TimeoutException($"{why}; the association was aborted");
        }
        catch (OperationCanceledException)
        {
            await AbortAsync($"{Name(request)} cancelled by the local user");
            throw;
        }
    }

    /// <summary>Sends one message: its command, then its data set in the context's transfer syntax (transcoded when the
    /// message carries it in another one).</summary>
    public async Task SendAsync(byte contextId, DimseMessage message, CancellationToken cancellationToken)
    {
        var context = Find(contextId) is { IsAccepted: true } accepted
            ? accepted
            : throw new InvalidOperationException($"presentation context {contextId} was not accepted on this association");
        var dataset = message.HasDataset ? EncodeDataset(message, context) : (ReadOnlyMemory<byte>?)null;
        var command = DimseCommandCodec.Encode(message);
        // Reported before the bytes go out, so that the peer's answer can never be recorded ahead of it.
        Publish(contextId, message, dataset, sent: true);
        await _connection.SendMessageAsync(contextId, command, dataset, cancellationToken);
        if (dataset is { } bytes && message.EncodedDataset is null) message.SetEncodedDataset(bytes, context.TransferSyntax!);
    }

    private static ReadOnlyMemory<byte> EncodeDataset(DimseMessage message, PresentationContext context)
    {
        var target = context.TransferSyntax!;
        if (message.EncodedDataset is { } encoded && message.EncodedSyntax == target) return DimseDatasetCodec.ForTransfer(encoded, target);
        var source = message.EncodedSyntax ?? message.SourceSyntax ?? target;
        var dataset = message.Dataset ?? throw new InvalidOperationException($"{message.CommandField} announces a data set but has none");
        return DimseDatasetCodec.Encode(dataset, source, target);
    }

    private static bool IsCancellable(DimseRequest request) => request is CFindRequest or CMoveRequest or CGetRequest;

    private static string Name(DimseMessage message) => message is DimseRequest request
        ? $"{DimseNames.Of(message.CommandField)} (Message ID {request.MessageID})"
        : DimseNames.Of(message.CommandField);

    private void Publish(byte contextId, DimseMessage message, ReadOnlyMemory<byte>? bytes, bool sent)
    {
        if (!_events.HasListeners) return;
        var response = message as DimseResponse;
        _events.Publish(new DimseMessageExchanged(ConnectionId, DateTimeOffset.UtcNow, sent, contextId, DimseNames.Of(message.CommandField),
            MessageIdOf(message), response?.Status.Code, response?.Status.Name,
            DimseNames.Elements(message.Command), bytes?.Length, bytes is { } data ? Convert.ToHexStringLower(SHA256.HashData(data.Span)) : null));
    }

    /// <summary>A request's own Message ID; for responses and C-CANCEL-RQ, the ID of the request they concern.</summary>
    private static ushort? MessageIdOf(DimseMessage message) => message switch
    {
        DimseRequest request => request.MessageID,
        DimseResponse response => response.MessageIDBeingRespondedTo,
        CCancelRequest cancel => cancel.MessageIDBeingRespondedTo,
        _ => null,
    };
}
