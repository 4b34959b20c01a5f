using ConformanceHarness.Dicom.Network.Dimse;
using ConformanceHarness.Dicom.Network.Events;
using ConformanceHarness.Dicom.Network.Pdus;
using ConformanceHarness.Dicom.Network.UpperLayer;

namespace ConformanceHarness.Dicom.Network.Association;

public sealed partial class DicomAssociation
{
    private bool _respondAfterConfirmation;

    /// <summary>Reads the upper layer's indications until the connection is back in Sta1.</summary>
    private async Task PumpAsync()
    {
        AssociationEnd? end = null;
        await foreach (var indication in _connection.Indications.ReadAllAsync())
        {
            try
            {
                end = await OnIndicationAsync(indication) ?? end;
            }
            catch (Exception error)
            {
                // Whatever went wrong with one indication, the association must still reach its end (and say why).
                await AbortForAsync($"internal error on {indication.GetType().Name}: {error.Message}");
            }
        }
        await _connection.Completion;
        Finish(end ?? (_localAbortDetail is { } why
            ? new AssociationEnd(AssociationEndKind.Aborted, false, why, AAbortSource.ServiceUser, AAbortReason.ReasonNotSpecified)
            : new AssociationEnd(AssociationEndKind.ConnectionLost, true, "the transport connection closed without a release or abort")));
    }

    private async Task<AssociationEnd?> OnIndicationAsync(UpperLayerIndication indication) => indication switch
    {
        DataIndication data => await OnDataAsync(data.Data),
        ReleaseIndication release => await OnReleaseIndicationAsync(release),
        ReleaseConfirmation => await OnReleaseConfirmationAsync(),
        AbortIndication abort => new AssociationEnd(AssociationEndKind.Aborted, abort.ByPeer,
            abort.ByPeer ? abort.Detail : _localAbortDetail ?? abort.Detail, abort.Source, abort.Reason),
        _ => null,
    };

    /// <summary>A-ABORT without waiting for the end (the pump, which ends the association, may be the caller).</summary>
    private async Task AbortForAsync(string why)
    {
        _localAbortDetail ??= why;
        await _connection.AbortAsync();
    }

    private async Task<AssociationEnd?> OnDataAsync(PDataTF data)
    {
        foreach (var pdv in data.Values)
        {
            try
            {
                if (_assembler.Add(pdv) is { } complete) Route(complete.ContextId, complete.Message);
            }
            catch (DimseAssemblyException error)
            {
                await AbortForAsync($"invalid DIMSE message from the peer: {error.Message}");
                return null;
            }
        }
        return null;
    }

    private void Route(byte contextId, DimseMessage message)
    {
        Publish(contextId, message, message.EncodedDataset, sent: false);
        switch (message)
        {
            case DimseResponse response:
                if (_pending.TryGetValue(response.MessageIDBeingRespondedTo, out var channel)) channel.Writer.TryWrite(response);
                break;
            case CCancelRequest cancel:
                if (_running.TryGetValue(cancel.MessageIDBeingRespondedTo, out var running)) CancelOperation(running);
                break;
            case DimseRequest request:
                _inbound.Writer.TryWrite((contextId, request));
                break;
        }
    }

    /// <summary>The peer asks to release: finish the requests it already sent, then A-RELEASE response (PS3.8 §7.2).
    /// In a release collision the requestor answers at once (AR-9), the acceptor after its own confirmation (AR-10).</summary>
    private async Task<AssociationEnd?> OnReleaseIndicationAsync(ReleaseIndication release)
    {
        if (release.Collision && !IsRequestor)
        {
            _respondAfterConfirmation = true;
            return null;
        }
        if (!release.Collision)
        {
            // The requests already received are answered first — unless the connection ends meanwhile: then the abort
            // indication that follows must be read, for only the association's end cancels a handler still running.
            _inbound.Writer.TryComplete();
            await Task.WhenAny(_worker, _connection.Completion);
            if (_connection.Completion.IsCompleted) return null;
        }
        await _connection.RespondReleaseAsync();
        return new AssociationEnd(AssociationEndKind.Released, !_releaseRequested, "A-RELEASE");
    }

    private async Task<AssociationEnd?> OnReleaseConfirmationAsync()
    {
        if (_respondAfterConfirmation) await _connection.RespondReleaseAsync();
        return new AssociationEnd(AssociationEndKind.Released, false, "A-RELEASE");
    }

    private void Finish(AssociationEnd end)
    {
        _inbound.Writer.TryComplete();
        foreach (var running in _running.Values) CancelOperation(running);
        foreach (var pending in _pending.Values) pending.Writer.TryComplete(new DicomAssociationException($"the association ended: {end}", end));
        if (_end.Task.IsCompleted) return;
        // Reported before Completion fires, so that whoever awaits the end finds it already recorded.
        _events.Publish(end.Kind == AssociationEndKind.Released
            ? new AssociationReleased(ConnectionId, DateTimeOffset.UtcNow, end.ByPeer)
            : new AssociationAborted(ConnectionId, DateTimeOffset.UtcNow, end.AbortSource ?? AAbortSource.ServiceProvider,
                end.AbortReason ?? AAbortReason.ReasonNotSpecified, end.ByPeer, end.Detail));
        if (Settings.ReportsConnectionClosed) _events.Publish(new ConnectionClosed(ConnectionId, DateTimeOffset.UtcNow, "closed"));
        _end.TrySetResult(end);
    }

    /// <summary>Asks a running operation to stop. One that has just finished (its source already disposed by the worker)
    /// or whose handler registered a callback that throws must not keep the association from ending: the association's
    /// end is reported whatever the handler does.</summary>
    private static void CancelOperation(CancellationTokenSource running)
    {
        try
        {
            running.Cancel();
        }
        catch (Exception error) when (error is ObjectDisposedException or AggregateException)
        {
            // Finished meanwhile, or the handler's own failure on cancellation: nothing of the association's.
        }
    }
}
